// The places the navigation can go (`navigate` events from main name one of these ids), and the
// way a screen sends the person to another (for example "I self-harmed" in the journal opens the
// relapse support screen). AppShell provides it; outside the shell it does nothing.
import { createContext, useContext } from 'react';

export const screenIds = ['journal', 'patterns', 'coping', 'safety-plan', 'recovery', 'settings', 'relapse', 'chain', 'crisis-setup'] as const;
export type ScreenId = (typeof screenIds)[number];

export function isScreenId(value: string): value is ScreenId {
  return (screenIds as readonly string[]).includes(value);
}

export const NavigateContext = createContext<(to: ScreenId) => void>(() => {});

export function useNavigate(): (to: ScreenId) => void {
  return useContext(NavigateContext);
}
