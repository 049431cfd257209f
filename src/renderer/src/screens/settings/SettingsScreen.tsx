import { Card } from '../../components';
import { settingsSections } from './sections';

export function SettingsScreen() {
  return (
    <section aria-labelledby="screen-title" className="screen">
      <h1 id="screen-title">Settings</h1>
      {settingsSections.map(({ id, title, Component }) => (
        <Card key={id} title={title}>
          <Component />
        </Card>
      ))}
    </section>
  );
}
