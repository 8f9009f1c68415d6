// What the background keeps for each tab in session storage, which outlives the service worker's
// naps and is out of every page's reach: the content script's report on the page, and the article
// view it published for the popup.

import type { ArticleReport, ArticleView } from './messages';

/** The kinds of record, each filed under `<kind>:<tabId>`, and what each holds. */
interface TabRecordTypes {
  'tab-report': ArticleReport;
  'tab-view': ArticleView;
}

export type TabRecordKind = keyof TabRecordTypes;

export function tabRecordKey(kind: TabRecordKind, tabId: number): string {
  return `${kind}:${tabId}`;
}

/** The minimal storage area these records need: `storage.session` in the browser, a Map in tests. */
export interface KeyValueArea {
  /** One key's item, or every item (null). */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** One kind of record, per tab. */
export class TabRecords<K extends TabRecordKind, T = TabRecordTypes[K]> {
  constructor(
    private readonly area: KeyValueArea,
    private readonly kind: K,
  ) {}

  async save(tabId: number, record: T): Promise<void> {
    await this.area.set({ [tabRecordKey(this.kind, tabId)]: record });
  }

  async load(tabId: number): Promise<T | null> {
    const key = tabRecordKey(this.kind, tabId);
    const stored = await this.area.get(key);
    return (stored[key] as T | undefined) ?? null;
  }

  async forget(tabId: number): Promise<void> {
    await this.area.remove(tabRecordKey(this.kind, tabId));
  }

  /**
   * For records that are only a cache (the published views): when the area is full, every record
   * of this kind is dropped to make room and the save tried once more. False when it still fails;
   * nothing of another kind is touched.
   */
  async saveMakingRoom(tabId: number, record: T): Promise<boolean> {
    try {
      await this.save(tabId, record);
      return true;
    } catch {
      const prefix = `${this.kind}:`;
      const keys = Object.keys(await this.area.get(null)).filter((key) => key.startsWith(prefix));
      for (const key of keys) await this.area.remove(key);
      return this.save(tabId, record).then(
        () => true,
        () => false,
      );
    }
  }
}
