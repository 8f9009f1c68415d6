// The reader's display settings, kept in storage.sync (they follow the reader between browsers).
// Stored values are never trusted: each is checked and falls back to its default.

export interface Settings {
  highlightPeople: boolean;
  highlightOrganizations: boolean;
  /** States and places share a colour and a switch. */
  highlightPlaces: boolean;
  underlineClaims: boolean;
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  highlightPeople: true,
  highlightOrganizations: true,
  highlightPlaces: true,
  underlineClaims: true,
  hoverDelayMs: 300,
};

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/** Settings from whatever storage holds: unknown keys dropped, bad values replaced by defaults. */
export function parseSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const flag = (key: keyof Settings) =>
    typeof record[key] === 'boolean' ? (record[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean);
  const delay = record.hoverDelayMs;
  return {
    highlightPeople: flag('highlightPeople'),
    highlightOrganizations: flag('highlightOrganizations'),
    highlightPlaces: flag('highlightPlaces'),
    underlineClaims: flag('underlineClaims'),
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
  };
}

/** Whether an actor of this kind is painted under these settings. */
export function showsKind(
  settings: Settings,
  kind: 'person' | 'organization' | 'state' | 'place' | 'other',
): boolean {
  if (kind === 'person') return settings.highlightPeople;
  if (kind === 'organization') return settings.highlightOrganizations;
  return settings.highlightPlaces;
}
