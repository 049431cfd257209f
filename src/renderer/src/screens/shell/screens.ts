// The places the navigation can go. `navigate` events from main name one of these ids.
import type { ComponentType } from 'react';
import { JournalScreen } from '../journal/JournalScreen';
import { PatternsScreen } from '../patterns/PatternsScreen';
import { CopingScreen } from '../coping/CopingScreen';
import { SafetyPlanScreen } from '../safety-plan/SafetyPlanScreen';
import { SettingsScreen } from '../settings/SettingsScreen';

export const screenIds = ['journal', 'patterns', 'coping', 'safety-plan', 'settings'] as const;
export type ScreenId = (typeof screenIds)[number];

export interface ScreenEntry {
  id: ScreenId;
  label: string;
  Component: ComponentType;
}

export const screens: readonly ScreenEntry[] = [
  { id: 'journal', label: 'Journal', Component: JournalScreen },
  { id: 'patterns', label: 'Patterns', Component: PatternsScreen },
  { id: 'coping', label: 'Coping box', Component: CopingScreen },
  { id: 'safety-plan', label: 'Safety plan', Component: SafetyPlanScreen },
  { id: 'settings', label: 'Settings', Component: SettingsScreen },
];

export function isScreenId(value: string): value is ScreenId {
  return (screenIds as readonly string[]).includes(value);
}
