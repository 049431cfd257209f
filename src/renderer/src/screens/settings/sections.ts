// Settings is a list of sections; a feature adds its own by appending here.
import type { ComponentType } from 'react';
import type { WordKey } from '../../../../shared/vocabulary.ts';
import { SecuritySection } from './SecuritySection';
import { JournalSettings } from '../journal/JournalSettings';
import { CopingSettings } from '../coping/CopingSettings';
import { AppearanceSection } from './AppearanceSection';
import { PrivacySection } from './PrivacySection';
import { BackupsSection } from './BackupsSection';
import { CrisisLineSection } from './CrisisLineSection';
import { ImportSection } from '../import/ImportSection';
import './app-settings.css';

export interface SettingsSection {
  id: string;
  /** Plain text, or a vocabulary word where discreet mode shows a neutral one. */
  title: string | { word: WordKey };
  /** Rendered inside a card under the section's heading (an h2); use h3 inside. */
  Component: ComponentType;
}

export const settingsSections: SettingsSection[] = [
  { id: 'security', title: 'Security', Component: SecuritySection },
  { id: 'journal', title: 'Journal', Component: JournalSettings },
  { id: 'coping', title: { word: 'copingBox' }, Component: CopingSettings },
  { id: 'appearance', title: 'Appearance', Component: AppearanceSection },
  { id: 'privacy', title: 'Privacy and locking', Component: PrivacySection },
  { id: 'backups', title: 'Backups', Component: BackupsSection },
  { id: 'import', title: 'Import from another app', Component: ImportSection },
  { id: 'crisis-line', title: 'Your crisis line', Component: CrisisLineSection },
];
