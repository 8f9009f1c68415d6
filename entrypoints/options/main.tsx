import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SettingsForm } from '../../components/SettingsForm';
import { TOGGLE_COMMAND } from '../../lib/commands';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings';
import './style.css';

// The settings page: reads storage.sync, writes every change at once; open tabs apply it
// through storage.onChanged without a reload.
function OptionsPage() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [shortcut, setShortcut] = useState<string>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    browser.storage.sync.get(null).then((stored) => setSettings(parseSettings(stored)));
    browser.commands.getAll().then((commands) => {
      setShortcut(commands.find((command) => command.name === TOGGLE_COMMAND)?.shortcut);
    });
  }, []);

  const save = (next: Settings) => {
    const checked = parseSettings(next);
    setSettings(checked);
    browser.storage.sync.set({ ...checked }).then(
      () => setStatus('Saved. Open articles update at once.'),
      (error: unknown) => setStatus(`Could not save: ${String(error)}`),
    );
  };

  return (
    <>
      <h1>Ahram Lens settings</h1>
      <SettingsForm settings={settings} onChange={save} {...(shortcut ? { toggleShortcut: shortcut } : {})} />
      <p class="status" role="status">
        {status}
      </p>
    </>
  );
}

render(<OptionsPage />, document.getElementById('app') as HTMLElement);
