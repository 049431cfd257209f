import { CopingView } from './CopingView';
import { RelapseLink } from '../relapse/RelapseLink';
import { useWords } from '../../api/AppearanceProvider';

/** The Coping box screen in the main window. */
export function CopingScreen() {
  const w = useWords();
  return (
    <section aria-labelledby="screen-title" className="screen coping-screen">
      <h1 id="screen-title">{w('copingBox')}</h1>
      <RelapseLink from="coping" />
      <CopingView place="main" />
    </section>
  );
}
