// The settings screen's sections share this: read once, change one thing at a time, and put the
// old value back (with main's message) when a change is refused.
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput } from '../../../shared/contract/index.ts';
import type { SettingsView } from '../../../shared/contract/settings.ts';
import { harbor } from './harbor';

export function useAppSettings() {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void harbor.settingsGet({}).then((result) => {
      if (!live) return;
      if (result.ok) setSettings(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback(async (change: MethodInput<'settingsUpdate'>): Promise<boolean> => {
    setError(null);
    let before: SettingsView | null = null;
    // Shown at once; main's answer follows.
    setSettings((current) => {
      before = current;
      return current ? ({ ...current, ...change } as SettingsView) : current;
    });
    const result = await harbor.settingsUpdate(change);
    if (result.ok) {
      setSettings(result.value);
      return true;
    }
    setSettings(before);
    setError(result.error.message);
    return false;
  }, []);

  return { settings, update, error };
}
