import { useState } from 'react';
import type { VaultStatus } from '../../../../shared/contract/vault.ts';
import { harbor } from '../../api/harbor';
import { Checkbox, ErrorNotice } from '../../components';

/** Shown only where the OS keychain can hold the key (never faked where it cannot). */
export function AutoUnlockSetting({ status, onChange }: { status: VaultStatus; onChange: (status: VaultStatus) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="settings-item">
      <h3>Unlock automatically</h3>
      <Checkbox
        label="Unlock automatically on this computer"
        hint="The key is kept in this computer’s keychain. Anyone who can sign in to this computer as you could then open your journal."
        checked={status.autoUnlock}
        disabled={busy}
        onChange={async (event) => {
          setBusy(true);
          setError(null);
          const result = await harbor.vaultSetAutoUnlock({ enabled: event.target.checked });
          setBusy(false);
          if (result.ok) onChange(result.value);
          else setError(result.error.message);
        }}
      />
      <ErrorNotice message={error} />
    </div>
  );
}
