import { CopingView } from './CopingView';

/** The Coping box screen in the main window. */
export function CopingScreen() {
  return (
    <section aria-labelledby="screen-title" className="screen coping-screen">
      <h1 id="screen-title">Coping box</h1>
      <CopingView place="main" />
    </section>
  );
}
