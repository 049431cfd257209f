import { useState } from 'react';
import { harbor } from '../../api/harbor';
import { Button, ConfirmDialog, Notice } from '../../components';
import { finishExport, type ExportOutcome } from '../recovery/download';

/** "Make a wallet card": the saved plan as bank-card-sized panels to print, cut out and carry. */
export function WalletCard() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const make = async () => {
    setBusy(true);
    const result = await harbor.safetyPlanWalletCard({ understood: true });
    setBusy(false);
    setConfirming(false);
    setOutcome(finishExport(result));
  };

  return (
    <section className="wallet-card" aria-labelledby="wallet-card-title">
      <h2 id="wallet-card-title">A card for your wallet</h2>
      <p>
        Your saved plan as small cards the size of a bank card: your steps, your people and your crisis line, with marks to cut
        along. Longer steps carry on to the next card.
      </p>
      <Button onClick={() => setConfirming(true)}>Make a wallet card</Button>
      {outcome ? (
        <Notice tone={outcome.tone} live={outcome.tone === 'warning' ? 'alert' : 'status'}>
          <p>{outcome.text}</p>
        </Notice>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="This file will not be encrypted"
        confirmLabel="Make the card"
        busy={busy}
        onConfirm={() => void make()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The card is a PDF anyone who can open it can read. Print it, then delete the file if you no longer need it. Changes you
          have not saved yet are not on the card.
        </p>
      </ConfirmDialog>
    </section>
  );
}
