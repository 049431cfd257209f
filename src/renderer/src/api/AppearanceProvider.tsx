// Theme and discreet mode for every window, the lock screen included.
// Read once at start, then kept current by 'appearance' events from main, so a change
// in Settings reaches the coping window too.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Appearance } from '../../../shared/contract/settings.ts';
import { word, wordsFor, type WordKey } from '../../../shared/vocabulary.ts';
import { harbor } from './harbor';
import { takeEarlyAppearance } from './early-requests';

const defaults: Appearance = { theme: 'system', discreetMode: false };
const AppearanceContext = createContext<Appearance>(defaults);

export interface AppearanceProviderProps {
  /** This window's title, from the vocabulary ("Harbor", "Coping box"; neutral in discreet mode). */
  titleKey: WordKey;
  children: ReactNode;
}

export function AppearanceProvider({ titleKey, children }: AppearanceProviderProps) {
  const [appearance, setAppearance] = useState<Appearance>(defaults);

  useEffect(() => {
    let live = true;
    // The coping window asked before React started; the main window asks now.
    void (takeEarlyAppearance() ?? harbor.settingsAppearance({})).then((result) => {
      if (live && result.ok) setAppearance(result.value);
    });
    const stop = harbor.onEvent((event) => {
      if (event.type === 'appearance') setAppearance(event.appearance);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    // 'system' leaves the choice to prefers-color-scheme; light or dark override it (styles.css).
    const root = document.documentElement;
    if (appearance.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = appearance.theme;
    document.title = word(titleKey, appearance.discreetMode);
  }, [appearance, titleKey]);

  return <AppearanceContext.Provider value={appearance}>{children}</AppearanceContext.Provider>;
}

export function useAppearance(): Appearance {
  return useContext(AppearanceContext);
}

/** "Harbor", or "Notes" in discreet mode: use it wherever the app names itself on screen. */
export function useAppName(): string {
  return word('appName', useAppearance().discreetMode);
}

/** The vocabulary in the current mode: `const w = useWords(); w('copingBox')` is "Toolbox" in discreet mode. */
export function useWords(): (key: WordKey) => string {
  return wordsFor(useAppearance().discreetMode);
}
