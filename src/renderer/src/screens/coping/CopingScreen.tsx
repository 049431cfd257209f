import { CopingView } from './CopingView';
import { RelapseLink } from '../relapse/RelapseLink';

/** The Coping box screen in the main window. */
export function CopingScreen() {
  return (
    <section aria-labelledby="screen-title" className="screen coping-screen">
      <h1 id="screen-title">Coping box</h1>
      <RelapseLink from="coping" />
      <CopingView place="main" />
    </section>
  );
}
