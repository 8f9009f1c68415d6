import { describe, expect, it } from 'vitest';
import { type KeyValueArea, TabRecords, tabRecordKey } from '../../../lib/tab-records';

/** `storage.session` as a Map. */
class MapArea implements KeyValueArea {
  readonly items = new Map<string, unknown>();
  async get(key: string): Promise<Record<string, unknown>> {
    return this.items.has(key) ? { [key]: this.items.get(key) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.items.set(key, value);
  }
  async remove(key: string): Promise<void> {
    this.items.delete(key);
  }
}

describe('TabRecords', () => {
  it('keeps one record of each kind per tab, apart from the other kinds', async () => {
    const area = new MapArea();
    const reports = new TabRecords<{ url: string }>(area, 'tab-report');
    const views = new TabRecords<{ text: string }>(area, 'tab-view');
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
});
