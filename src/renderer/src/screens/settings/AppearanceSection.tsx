import { ErrorNotice } from '../../components';
import { weekStartNames, weekStarts } from '../../../../shared/calendar.ts';
import { useAppSettings } from '../../api/use-app-settings';
import { RadioGroup } from '../../components';

/** Theme and the first day of the week. */
export function AppearanceSection() {
  const { settings, update, error } = useAppSettings();
  if (!settings) return <p aria-busy="true">{error ?? 'Opening settings…'}</p>;
  return (
    <div className="app-settings">
      <ErrorNotice message={error} />
      <RadioGroup
        legend="Theme"
        name="theme"
        value={settings.theme}
        options={[
          { value: 'system', label: 'Same as your computer' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => void update({ theme })}
      />
      <RadioGroup
        legend="Weeks start on"
        hint="Used wherever your days are grouped into weeks."
        name="week-start"
        value={settings.weekStart}
        options={weekStarts.map((value) => ({ value, label: weekStartNames[value] }))}
        onChange={(weekStart) => void update({ weekStart })}
      />
    </div>
  );
}
