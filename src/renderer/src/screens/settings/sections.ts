// Settings is a list of sections; a feature adds its own by appending here.
import type { ComponentType } from 'react';
import { SecuritySection } from './SecuritySection';
import { JournalSettings } from '../journal/JournalSettings';
import { CopingSettings } from '../coping/CopingSettings';

export interface SettingsSection {
  id: string;
  title: string;
  /** Rendered inside a card under the section's heading (an h2); use h3 inside. */
  Component: ComponentType;
}

export const settingsSections: SettingsSection[] = [
  { id: 'security', title: 'Security', Component: SecuritySection },
  { id: 'journal', title: 'Journal', Component: JournalSettings },
  { id: 'coping', title: 'Coping box', Component: CopingSettings },
];
