// For a table from another app: which column holds the date, the mood, the notes and the tags.
import { useId } from 'react';
import type { ColumnMapping } from '../../../../shared/contract/import.ts';

interface Props {
  table: { headers: string[]; columns: ColumnMapping };
  onChange(columns: ColumnMapping): void;
}

const fields = [
  { key: 'date', label: 'Date' },
  { key: 'mood', label: 'Mood' },
  { key: 'note', label: 'Notes' },
  { key: 'tags', label: 'Tags or activities' },
] as const;

export function ColumnsChooser({ table, onChange }: Props) {
  const id = useId();
  const { headers, columns } = table;
  return (
    <fieldset className="import__group">
      <legend className="field__label">Which column holds what</legend>
      <p className="field__hint">These are guessed from the column names. Change any that are wrong.</p>
      <div className="import__columns">
        {fields.map(({ key, label }) => (
          <div className="field" key={key}>
            <label className="field__label" htmlFor={`${id}-${key}`}>
              {label}
            </label>
            <select
              id={`${id}-${key}`}
              className="field__input"
              value={columns[key] ?? ''}
              onChange={(event) => onChange({ ...columns, [key]: event.target.value === '' && key !== 'date' ? null : event.target.value })}
            >
              {key === 'date' ? null : <option value="">None</option>}
              {headers.map((header, i) => (
                <option key={`${header}-${i}`} value={header}>
                  {header || `Column ${i + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-separator`}>
            Between tags
          </label>
          <select id={`${id}-separator`} className="field__input" value={columns.tagSeparator} onChange={(event) => onChange({ ...columns, tagSeparator: event.target.value })}>
            <option value=",">a comma</option>
            <option value=";">a semicolon</option>
            <option value="|">a bar ( | )</option>
          </select>
        </div>
      </div>
    </fieldset>
  );
}
