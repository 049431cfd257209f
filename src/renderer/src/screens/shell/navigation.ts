// Lets a screen send the person to another screen (for example "I self-harmed" in the journal
// opens the relapse support screen). AppShell provides it; outside the shell it does nothing.
import { createContext, useContext } from 'react';
import type { ScreenId } from './screens';

export const NavigateContext = createContext<(to: ScreenId) => void>(() => {});

export function useNavigate(): (to: ScreenId) => void {
  return useContext(NavigateContext);
}
