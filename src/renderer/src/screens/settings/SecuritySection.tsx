import { useEffect, useState } from 'react';
import type { VaultStatus } from '../../../../shared/contract/vault.ts';
import { harbor } from '../../api/harbor';
import { ChangePassphrase } from './ChangePassphrase';
import { NewRecoveryCode } from './NewRecoveryCode';
import { AutoUnlockSetting } from './AutoUnlockSetting';

export function SecuritySection() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  useEffect(() => {
    let live = true;
    void harbor.vaultStatus({}).then((result) => {
      if (live && result.ok) setStatus(result.value);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="settings-security">
      <ChangePassphrase />
      <NewRecoveryCode />
      {status?.autoUnlockAvailable ? <AutoUnlockSetting status={status} onChange={setStatus} /> : null}
    </div>
  );
}
