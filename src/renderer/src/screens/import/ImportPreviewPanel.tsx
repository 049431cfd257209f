// What a chosen file holds, before anything is written: counts in words, how each mood maps to
// Harbor's five, what each activity becomes, the columns of a table, and the rows Harbor cannot use.
import { useId } from 'react';
import { formatDate } from '../../../../shared/calendar.ts';
import { activityRoleWords, activityRoles, type ActivityRole, type ImportPreview } from '../../../../shared/contract/import.ts';
import { moodWords } from '../../../../shared/contract/journal.ts';
import { Button } from '../../components';
import { ColumnsChooser } from './ColumnsChooser';
import type { Choices } from './choices';
import { useAppName, useWords } from '../../api/AppearanceProvider';

interface Props {
  preview: ImportPreview;
  choices: Choices;
  busy: boolean;
  onChange(next: Choices): void;
  onImport(): void;
  onCancel(): void;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function ImportPreviewPanel({ preview, choices, busy, onChange, onImport, onCancel }: Props) {
  const w = useWords();
  const id = useId();
  const appName = useAppName();
  const { counts } = preview;
  const days = counts.newDays + counts.mergedDays;
  return (
    <section className="import__preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>What {preview.file.name} holds</h3>
      <p>
        {preview.formatName}
        {preview.range ? `, from ${formatDate(preview.range.from)} to ${formatDate(preview.range.to)}` : ''}. Nothing has been written yet.
      </p>
      <ul className="import__counts" aria-label="What importing this file would do">
        <li>{plural(counts.newDays, 'day gets a new check-in', 'days get a new check-in')}</li>
        {counts.mergedDays > 0 ? (
          <li>{plural(counts.mergedDays, 'day you already wrote about gets', 'days you already wrote about get')} the file’s words and tags added; your own stay as they are</li>
        ) : null}
        {counts.timerUses > 0 ? <li>{plural(counts.timerUses, 'urge-timer round is', 'urge-timer rounds are')} added, with their ratings</li> : null}
        {counts.copeAheadPlans > 0 ? <li>{plural(counts.copeAheadPlans, 'plan for a hard day is', 'plans for a hard day are')} added</li> : null}
        {counts.hopeItems > 0 ? <li>{plural(counts.hopeItems, `item joins your ${w('hopeBox').toLowerCase()}`, `items join your ${w('hopeBox').toLowerCase()}`)}</li> : null}
        {counts.alreadyImported > 0 ? <li>{plural(counts.alreadyImported, 'row was', 'rows were')} imported before, so nothing is added for them</li> : null}
        {counts.unused > 0 ? <li>{plural(counts.unused, 'row holds', 'rows hold')} nothing {appName} keeps (for example an energy rating)</li> : null}
        {counts.badRows > 0 ? <li>{plural(counts.badRows, 'row', 'rows')} {appName} cannot use, listed below</li> : null}
      </ul>

      {preview.table ? <ColumnsChooser table={preview.table} onChange={(columns) => onChange({ ...choices, columns, moods: {}, activities: {} })} /> : null}

      {preview.moods.length > 0 ? (
        <fieldset className="import__group">
          <legend className="field__label">How the file’s moods fit {appName}’s</legend>
          <p className="field__hint">Several entries on one day become one check-in, with their moods averaged.</p>
          <ul className="import__rows">
            {preview.moods.map((mood) => (
              <li key={mood.label} className="import__row">
                <label htmlFor={`${id}-mood-${mood.label}`}>
                  <span className="import__name" dir="auto">
                    {mood.label}
                  </span>{' '}
                  <span className="import__uses">({plural(mood.rows, 'entry', 'entries')})</span>
                </label>
                <select
                  id={`${id}-mood-${mood.label}`}
                  className="field__input"
                  aria-label={`${appName} mood for “${mood.label}”`}
                  value={mood.level === null ? '' : String(mood.level)}
                  onChange={(event) => onChange({ ...choices, moods: { ...choices.moods, [mood.label]: event.target.value === '' ? null : Number(event.target.value) } })}
                >
                  {[5, 4, 3, 2, 1].map((level) => (
                    <option key={level} value={level}>
                      {moodWords[level as keyof typeof moodWords]}
                    </option>
                  ))}
                  <option value="">Leave the mood empty</option>
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      {preview.activities.length > 0 ? (
        <fieldset className="import__group">
          <legend className="field__label">What each activity becomes</legend>
          <p className="field__hint">Mark the ones that set urges off as triggers, and the ones that help you as “helped”. The rest stay as words in the day’s notes.</p>
          <ul className="import__rows">
            {preview.activities.map((activity) => (
              <li key={activity.name} className="import__row">
                <label htmlFor={`${id}-activity-${activity.name}`}>
                  <span className="import__name" dir="auto">
                    {activity.name}
                  </span>{' '}
                  <span className="import__uses">({plural(activity.rows, 'entry', 'entries')})</span>
                </label>
                <select
                  id={`${id}-activity-${activity.name}`}
                  className="field__input"
                  aria-label={`What “${activity.name}” becomes`}
                  value={activity.role}
                  onChange={(event) => onChange({ ...choices, activities: { ...choices.activities, [activity.name]: event.target.value as ActivityRole } })}
                >
                  {activityRoles.map((role) => (
                    <option key={role} value={role}>
                      {activityRoleWords[role]}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      {preview.badRows.length > 0 ? (
        <section className="import__bad" aria-labelledby={`${id}-bad`}>
          <h4 id={`${id}-bad`}>Rows {appName} cannot use</h4>
          <p className="field__hint">These are left out. You can correct them in the file and import it again; nothing is added twice.</p>
          <ul>
            {preview.badRows.map((row) => (
              <li key={`${row.line}-${row.reason}`}>
                {preview.badRowsAt === 'line' ? 'Line' : 'Entry'} {row.line}: {row.reason}
              </li>
            ))}
          </ul>
          {counts.badRows > preview.badRows.length ? <p>And {plural(counts.badRows - preview.badRows.length, 'more row', 'more rows')} like these.</p> : null}
        </section>
      ) : null}

      <div className="actions">
        <Button variant="primary" busy={busy} disabled={days === 0} onClick={onImport}>
          {days === 0 ? 'Nothing to import' : `Import ${plural(days, 'day', 'days')}`}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
