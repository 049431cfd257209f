// Shown once in the unlocked app when a hand-edited settings file had values Harbor could not
// use: which settings went back to their defaults. Dismissing it tells main not to say it again.
import { useEffect, useState } from 'react';
import { harbor } from '../api/harbor';
import { Button, Notice } from '.';

export function SettingsNotice() {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void harbor.settingsGet({}).then((result) => {
      if (live && result.ok) setNotice(result.value.notice);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!notice) return null;
  return (
    <div className="shell__note">
      <Notice tone="warning">
        <p>{notice}</p>
      </Notice>
      <Button
        variant="quiet"
        onClick={() => {
          setNotice(null);
          void harbor.settingsDismissNotice({});
        }}
      >
        Dismiss
      </Button>
    </div>
  );
}
