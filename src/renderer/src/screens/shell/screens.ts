// The places the navigation can go. `navigate` events from main name one of these ids.
import type { ComponentType } from 'react';
import { JournalScreen } from '../journal/JournalScreen';
import { PatternsScreen } from '../patterns/PatternsScreen';
import { CopingScreen } from '../coping/CopingScreen';
import { SafetyPlanScreen } from '../safety-plan/SafetyPlanScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { RecoveryScreen } from '../recovery/RecoveryScreen';
import { RelapseScreen } from '../relapse/RelapseScreen';

export const screenIds = ['journal', 'patterns', 'coping', 'safety-plan', 'recovery', 'settings', 'relapse'] as const;
export type ScreenId = (typeof screenIds)[number];

export interface ScreenEntry {
  id: ScreenId;
  label: string;
  Component: ComponentType;
  /** False for screens reached only from another screen (relapse support), not from the navigation. */
  nav?: false;
}

export const screens: readonly ScreenEntry[] = [
  { id: 'journal', label: 'Journal', Component: JournalScreen },
  { id: 'patterns', label: 'Patterns', Component: PatternsScreen },
  { id: 'coping', label: 'Coping box', Component: CopingScreen },
  { id: 'safety-plan', label: 'Safety plan', Component: SafetyPlanScreen },
  { id: 'recovery', label: 'Recovery', Component: RecoveryScreen },
  { id: 'settings', label: 'Settings', Component: SettingsScreen },
  { id: 'relapse', label: 'Support after self-harm', Component: RelapseScreen, nav: false },
];

export function isScreenId(value: string): value is ScreenId {
  return (screenIds as readonly string[]).includes(value);
}
