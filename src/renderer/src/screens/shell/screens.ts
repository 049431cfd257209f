// The screen each navigation id shows, and its name in the navigation.
import type { ComponentType } from 'react';
import type { ScreenId } from './navigation';
import { JournalScreen } from '../journal/JournalScreen';
import { PatternsScreen } from '../patterns/PatternsScreen';
import { CopingScreen } from '../coping/CopingScreen';
import { SafetyPlanScreen } from '../safety-plan/SafetyPlanScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { RecoveryScreen } from '../recovery/RecoveryScreen';
import { RelapseScreen } from '../relapse/RelapseScreen';
import { CrisisSetupScreen } from '../crisis-setup/CrisisSetupScreen';

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
  { id: 'crisis-setup', label: 'First steps for a hard moment', Component: CrisisSetupScreen, nav: false },
];
