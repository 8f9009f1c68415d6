import { describe, expect, it } from 'vitest';
import { type KeyValueArea, TabRecords, tabRecordKey } from '../../../lib/tab-records';

/** `storage.session` as a Map, holding at most `capacity` items (the quota, counted in items). */
class MapArea implements KeyValueArea {
  readonly items = new Map<string, unknown>();
  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}
  async get(key: string | null): Promise<Record<string, unknown>> {
    if (key === null) return Object.fromEntries(this.items);
    return this.items.has(key) ? { [key]: this.items.get(key) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const added = Object.keys(items).filter((key) => !this.items.has(key)).length;
    if (this.items.size + added > this.capacity) throw new Error('Session storage quota bytes exceeded.');
    for (const [key, value] of Object.entries(items)) this.items.set(key, value);
  }
  async remove(key: string): Promise<void> {
    this.items.delete(key);
  }
}

describe('TabRecords', () => {
  it('keeps one record of each kind per tab, apart from the other kinds', async () => {
    const area = new MapArea();
    const reports = new TabRecords<'tab-report', { url: string }>(area, 'tab-report');
    const views = new TabRecords<'tab-view', { text: string }>(area, 'tab-view');
    await reports.save(7, { url: 'http://english.ahram.org.eg/a' });
    await views.save(7, { text: 'The article.' });
    expect(await reports.load(7)).toEqual({ url: 'http://english.ahram.org.eg/a' });
    expect(await views.load(7)).toEqual({ text: 'The article.' });
    expect(await views.load(8)).toBeNull();
    expect([...area.items.keys()].sort()).toEqual([
      tabRecordKey('tab-report', 7),
      tabRecordKey('tab-view', 7),
    ]);
    await views.forget(7);
    expect(await views.load(7)).toBeNull();
    expect(await reports.load(7)).not.toBeNull();
  });

  it('makes room in a full area by dropping records of its own kind only, the cache it is', async () => {
    const area = new MapArea(3);
    const reports = new TabRecords<'tab-report', string>(area, 'tab-report');
    const views = new TabRecords<'tab-view', string>(area, 'tab-view');
    await reports.save(1, 'report of tab 1');
    await views.save(1, 'view of tab 1');
    await views.save(2, 'view of tab 2');
    expect(await views.saveMakingRoom(3, 'view of tab 3')).toBe(true);
    expect(await views.load(3)).toBe('view of tab 3');
    expect(await views.load(1)).toBeNull();
    expect(await reports.load(1)).toBe('report of tab 1');
  });

  it('says so when even an emptied area cannot take the record', async () => {
    const area = new MapArea(1);
    const reports = new TabRecords<'tab-report', string>(area, 'tab-report');
    await reports.save(1, 'report of tab 1');
    expect(await new TabRecords<'tab-view', string>(area, 'tab-view').saveMakingRoom(1, 'view')).toBe(false);
    expect(await reports.load(1)).toBe('report of tab 1');
  });
});
