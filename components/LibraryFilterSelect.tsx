import type { FilterChoice } from '../lib/library/filter-choices';

export interface LibraryFilterSelectProps {
  label: string;
  /** The first option, which filters nothing ("Any actor"). */
  anyLabel: string;
  value: string;
  choices: FilterChoice[];
  onChange: (value: string) => void;
}

/** One filter's drop-down: "any", then each choice with how many notes it would show. */
export function LibraryFilterSelect({ label, anyLabel, value, choices, onChange }: LibraryFilterSelectProps) {
  return (
    <label class="field">
      {label}
      <select value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
        <option value="">{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} dir="auto">
            {choice.label} ({choice.count})
          </option>
        ))}
      </select>
    </label>
  );
}
