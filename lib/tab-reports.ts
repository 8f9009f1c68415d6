import type { ArticleReport } from './messages';

/** Where the background keeps each tab's report: session storage outlives the service worker's naps. */
export function tabReportKey(tabId: number): string {
  return `tab-report:${tabId}`;
}

/** The minimal storage area the background needs: `storage.session` in the browser, a Map in tests. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export class TabReports {
  constructor(private readonly area: KeyValueArea) {}

  async save(tabId: number, report: ArticleReport): Promise<void> {
    await this.area.set({ [tabReportKey(tabId)]: report });
  }

  async load(tabId: number): Promise<ArticleReport | null> {
    const key = tabReportKey(tabId);
    const stored = await this.area.get(key);
    return (stored[key] as ArticleReport | undefined) ?? null;
  }

  async forget(tabId: number): Promise<void> {
    await this.area.remove(tabReportKey(tabId));
  }
}
