import { countOf } from '../lib/library/count-of';
import type { FilterChoices } from '../lib/library/filter-choices';
import { type LibraryFilters as Filters, isFiltering, NO_FILTERS } from '../lib/library/filter-notes';
import { LibraryFilterSelect } from './LibraryFilterSelect';

export interface LibraryFiltersProps {
  filters: Filters;
  choices: FilterChoices;
  shown: number;
  total: number;
  onChange: (filters: Filters) => void;
}

/** The search box and the filters over the library, with how many notes they leave. */
export function LibraryFilters({ filters, choices, shown, total, onChange }: LibraryFiltersProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const textOf = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <search class="panel filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Find notes</h2>
      <label class="field">
        Search your notes
        <input
          id="library-search"
          type="search"
          dir="auto"
          autocomplete="off"
          placeholder="Words, quotes, tags, titles"
          value={filters.search}
          onInput={(event) => set({ search: textOf(event) })}
        />
      </label>
      <LibraryFilterSelect
        label="Actor"
        anyLabel="Any actor"
        value={filters.actor}
        choices={choices.actors}
        onChange={(actor) => set({ actor })}
      />
      <LibraryFilterSelect
        label="Tag"
        anyLabel="Any tag"
        value={filters.tag}
        choices={choices.tags}
        onChange={(tag) => set({ tag })}
      />
      <LibraryFilterSelect
        label="Site"
        anyLabel="Any site"
        value={filters.site}
        choices={choices.sites}
        onChange={(site) => set({ site })}
      />
      <fieldset class="dates">
        <legend>Written</legend>
        <label class="field">
          From
          <input
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            onInput={(event) => set({ from: textOf(event) })}
          />
        </label>
        <label class="field">
          To
          <input
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            onInput={(event) => set({ to: textOf(event) })}
          />
        </label>
      </fieldset>
      {choices.orphans > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={filters.orphansOnly}
            onChange={(event) => set({ orphansOnly: (event.currentTarget as HTMLInputElement).checked })}
          />
          Orphaned notes only ({choices.orphans})
        </label>
      )}
      <div class="filter-footer">
        <p class="count" aria-live="polite">
          {shown} of {countOf(total, 'note', 'notes')}
        </p>
        <button
          type="button"
          class="button"
          disabled={!isFiltering(filters)}
          onClick={() => {
            onChange(NO_FILTERS);
            // Back to the search box: the control the reader most likely wants next.
            document.getElementById('library-search')?.focus();
          }}
        >
          Clear filters
        </button>
      </div>
    </search>
  );
}
