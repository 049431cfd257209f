// The screen each navigation id shows, and its name in the navigation.
import type { ComponentType } from 'react';
import type { ScreenId } from '../api/navigation';
import type { WordKey } from '../../../shared/vocabulary.ts';
import { JournalScreen } from '../screens/journal/JournalScreen';
import { PatternsScreen } from '../screens/patterns/PatternsScreen';
import { CopingScreen } from '../screens/coping/CopingScreen';
import { SafetyPlanScreen } from '../screens/safety-plan/SafetyPlanScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { RecoveryScreen } from '../screens/recovery/RecoveryScreen';
import { RelapseScreen } from '../screens/relapse/RelapseScreen';
import { ChainScreen } from '../screens/chain/ChainScreen';
import { CrisisSetupScreen } from '../screens/crisis-setup/CrisisSetupScreen';

export interface ScreenEntry {
  id: ScreenId;
  /** The screen's name in the vocabulary, so discreet mode can show a neutral one. */
  label: WordKey;
  Component: ComponentType;
  /** False for screens reached only from another screen (relapse support), not from the navigation. */
  nav?: false;
}

export const screens: readonly ScreenEntry[] = [
  { id: 'journal', label: 'journal', Component: JournalScreen },
  { id: 'patterns', label: 'patterns', Component: PatternsScreen },
  { id: 'coping', label: 'copingBox', Component: CopingScreen },
  { id: 'safety-plan', label: 'safetyPlan', Component: SafetyPlanScreen },
  { id: 'recovery', label: 'recovery', Component: RecoveryScreen },
  { id: 'settings', label: 'settings', Component: SettingsScreen },
  { id: 'relapse', label: 'relapseSupportTitle', Component: RelapseScreen, nav: false },
  { id: 'chain', label: 'chainTitle', Component: ChainScreen, nav: false },
  { id: 'crisis-setup', label: 'crisisSetupTitle', Component: CrisisSetupScreen, nav: false },
];
