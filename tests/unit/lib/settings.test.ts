import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, showsKind } from '../../../lib/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces bad ones with defaults', () => {
    expect(
      parseSettings({ underlineClaims: false, highlightPeople: 'no', hoverDelayMs: 120, extra: 1 }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      underlineClaims: false,
      hoverDelayMs: 120,
    });
  });

  it('keeps the hover delay within its range', () => {
    expect(parseSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(parseSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(2000);
    expect(parseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});

describe('showsKind', () => {
  it('ties states and places to one switch', () => {
    const settings = { ...DEFAULT_SETTINGS, highlightPlaces: false };
    expect(showsKind(settings, 'state')).toBe(false);
    expect(showsKind(settings, 'place')).toBe(false);
    expect(showsKind(settings, 'person')).toBe(true);
  });
});
