export interface Choice {
  value: string;
  text: string;
}

interface Props {
  label: string;
  value: string;
  choices: readonly Choice[];
  testId?: string;
  onChange(value: string): void;
}

/** One labelled menu of the shortlist's toolbar: every filter and the sort are this control, fed with data. */
export function FilterSelect({ label, value, choices, testId, onChange }: Props) {
  return (
    <select
      class="cl-filter"
      aria-label={label}
      data-testid={testId}
      value={value}
      onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
    >
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.text}
        </option>
      ))}
    </select>
  );
}
