import { Card } from '../../components';
import { settingsSections } from './sections';
import { useWords } from '../../api/AppearanceProvider';

export function SettingsScreen() {
  const w = useWords();
  return (
    <section aria-labelledby="screen-title" className="screen">
      <h1 id="screen-title">Settings</h1>
      {settingsSections.map(({ id, title, Component }) => (
        <Card key={id} title={typeof title === 'string' ? title : w(title.word)}>
          <Component />
        </Card>
      ))}
    </section>
  );
}
