import { describe, expect, it } from 'vitest';
import { filterEntries, isFiltering, NO_FILTERS, startOfDay } from '../../../../lib/library/filter-notes';
import { libraryEntries } from '../../../../lib/library/library-entry';
import { ARTICLES, NOTES } from './library-fixtures';

const entries = libraryEntries({ notes: NOTES, articles: ARTICLES });
const ids = (filters: Partial<typeof NO_FILTERS>) =>
  filterEntries(entries, { ...NO_FILTERS, ...filters }).map((entry) => entry.note.id);

describe('filterEntries', () => {
  it('lets everything through with no filters', () => {
    expect(ids({})).toEqual(['ceasefire', 'boehler', 'orphan', 'arabic']);
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, search: '   ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, orphansOnly: true })).toBe(true);
  });

  it('searches body, quote, tags, article title and actor name, whatever the case', () => {
    expect(ids({ search: 'AXIOS' })).toEqual(['ceasefire']);
    expect(ids({ search: 'ceasefire' })).toEqual(['ceasefire', 'orphan']);
    expect(ids({ search: 'hostages' })).toEqual(['ceasefire']);
    expect(ids({ search: 'talk directly' })).toEqual(['ceasefire', 'boehler', 'orphan']);
    expect(ids({ search: 'boehler' })).toEqual(['boehler']);
  });

  it('needs every word of the search, in any order', () => {
    expect(ids({ search: 'report axios' })).toEqual(['ceasefire']);
    expect(ids({ search: 'axios envoy' })).toEqual([]);
  });

  it('finds Arabic whatever the hamza, harakat or teh marbuta', () => {
    expect(ids({ search: 'احمد ابو' })).toEqual(['arabic']);
    expect(ids({ search: 'مهم' })).toEqual(['arabic']);
    expect(ids({ search: 'المكتبه' })).toEqual(['arabic']);
    expect(ids({ search: 'سياسة' })).toEqual(['arabic']);
    expect(ids({ search: 'القاهرة' })).toEqual(['arabic']);
  });

  it('filters by actor: notes on the actor and notes on articles that mention it', () => {
    expect(ids({ actor: 'adam boehler' })).toEqual(['ceasefire', 'boehler', 'orphan']);
    expect(ids({ actor: 'nobody' })).toEqual([]);
  });

  it('filters by tag, whatever its case', () => {
    expect(ids({ tag: 'leaks' })).toEqual(['ceasefire', 'orphan']);
    expect(ids({ tag: 'hostages' })).toEqual(['ceasefire']);
  });

  it('filters by site', () => {
    expect(ids({ site: 'weekly.ahram.org.eg' })).toEqual(['arabic']);
  });

  it('filters by creation day, both ends included', () => {
    expect(ids({ from: '2025-03-10' })).toEqual(['ceasefire', 'boehler', 'arabic']);
    expect(ids({ to: '2025-03-10' })).toEqual(['ceasefire', 'orphan']);
    expect(ids({ from: '2025-03-11', to: '2025-03-11' })).toEqual(['boehler']);
    // A half-typed date narrows nothing.
    expect(ids({ from: '2025-03' })).toEqual(['ceasefire', 'boehler', 'orphan', 'arabic']);
  });

  it('shows the orphans alone', () => {
    expect(ids({ orphansOnly: true })).toEqual(['orphan']);
  });

  it('combines filters', () => {
    expect(ids({ tag: 'leaks', search: 'paragraph' })).toEqual(['orphan']);
    expect(ids({ tag: 'leaks', site: 'weekly.ahram.org.eg' })).toEqual([]);
  });
});

describe('startOfDay', () => {
  it('is local midnight, and NaN for anything but a day', () => {
    expect(startOfDay('2025-03-10')).toBe(new Date(2025, 2, 10).getTime());
    expect(startOfDay('2025-03-31', 1)).toBe(new Date(2025, 3, 1).getTime());
    expect(startOfDay('March')).toBeNaN();
  });
});
