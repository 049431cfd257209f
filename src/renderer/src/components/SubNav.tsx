export interface SubNavTab {
  label: string;
  current: boolean;
  onSelect: () => void;
}

export interface SubNavProps {
  /** The navigation's accessible name, usually the screen's title. */
  label: string;
  tabs: readonly SubNavTab[];
}

/** A screen's own row of tabs (Journal: today, history, search). The current one is marked for screen readers too. */
export function SubNav({ label, tabs }: SubNavProps) {
  return (
    <nav aria-label={label} className="sub-nav">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.label}>
            <button type="button" className="pill-button sub-nav__tab" aria-current={tab.current ? 'page' : undefined} onClick={tab.onSelect}>
              {tab.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
