import { HOVER_DELAY_RANGE, type Settings } from '../lib/settings';
import { KindLegend } from './KindLegend';
import { KIND_STYLE } from './kind-style';

export interface SettingsFormProps {
  settings: Settings;
  /** The shortcut that toggles all highlights, as the browser has it set ("Alt+Shift+H"), if any. */
  toggleShortcut?: string;
  onChange: (settings: Settings) => void;
}

type Flag = 'highlightPeople' | 'highlightOrganizations' | 'highlightPlaces' | 'underlineClaims';

const FLAGS: { key: Flag; label: string; swatch?: keyof typeof KIND_STYLE }[] = [
  { key: 'highlightPeople', label: 'Highlight people', swatch: 'person' },
  { key: 'highlightOrganizations', label: 'Highlight organisations', swatch: 'organization' },
  { key: 'highlightPlaces', label: 'Highlight states and places', swatch: 'state' },
  { key: 'underlineClaims', label: 'Underline claims' },
];

/** What the reader sees on articles: which highlights, how soon cards open, the toggle shortcut. */
export function SettingsForm({ settings, toggleShortcut, onChange }: SettingsFormProps) {
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>On the page</legend>
        {FLAGS.map(({ key, label, swatch }) => (
          <label key={key} class="row">
            <input
              type="checkbox"
              checked={settings[key]}
              onChange={(event) =>
                onChange({ ...settings, [key]: (event.currentTarget as HTMLInputElement).checked })
              }
            />
            {swatch && (
              <span
                class="swatch"
                style={{ background: KIND_STYLE[swatch].tint, borderColor: KIND_STYLE[swatch].edge }}
              />
            )}
            {label}
          </label>
        ))}
        <label class="row">
          Open cards after
          <input
            type="number"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(event) =>
              onChange({ ...settings, hoverDelayMs: Number((event.currentTarget as HTMLInputElement).value) })
            }
          />
          ms of hovering
        </label>
        <KindLegend />
      </fieldset>
      <fieldset>
        <legend>Keyboard</legend>
        <p>
          Hide or show all highlights on the current page: <kbd>{toggleShortcut || 'not set'}</kbd>. Change it
          in your browser's extension shortcuts settings.
        </p>
      </fieldset>
    </form>
  );
}
