import { useState, type FormEvent } from 'react';
import { checkYourNumber } from '../../../../shared/crisis-lines.ts';
import { Button, ErrorNotice, Notice, TextField } from '../../components';
import { useAppSettings } from '../../app-settings/use-app-settings';

/** The person's own crisis line, shown first wherever Harbor lists crisis lines. */
export function CrisisLineSection() {
  const { settings, update, error } = useAppSettings();
  const [done, setDone] = useState<string | null>(null);
  if (!settings) return <p aria-busy="true">{error ?? 'Opening settings…'}</p>;
  // Keyed by the saved line, so the fields start from it again after a save or a removal.
  return (
    <CrisisLineForm
      key={JSON.stringify(settings.crisisLine)}
      saved={settings.crisisLine}
      update={update}
      error={error}
      done={done}
      onDone={setDone}
    />
  );
}

function CrisisLineForm({
  saved,
  update,
  error,
  done,
  onDone,
}: {
  saved: { service: string; reach: string } | null;
  update: ReturnType<typeof useAppSettings>['update'];
  error: string | null;
  done: string | null;
  onDone: (message: string | null) => void;
}) {
  const [service, setService] = useState(saved?.service ?? '');
  const [reach, setReach] = useState(saved?.reach ?? '');
  const [missing, setMissing] = useState<{ service?: string; reach?: string }>({});

  const save = async (event: FormEvent) => {
    event.preventDefault();
    onDone(null);
    const problems = {
      service: service.trim() ? undefined : 'Give the service a name, for example “Samaritans”.',
      reach: reach.trim() ? undefined : 'Add how to reach them, for example “call 116 123”.',
    };
    setMissing(problems);
    if (problems.service || problems.reach) return;
    if (await update({ crisisLine: { service, reach } })) onDone('Saved. Your crisis line now comes first wherever Harbor lists crisis lines.');
  };

  return (
    <form className="app-settings" noValidate onSubmit={(event) => void save(event)}>
      <p>
        Add the line you would call or text. Harbor shows it first with the other crisis lines, on the lock screen too, so it is kept
        outside the encrypted journal.
      </p>
      <p className="field__hint">{checkYourNumber}</p>
      <ErrorNotice message={error} />
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      <TextField label="Name of the service" value={service} maxLength={120} error={missing.service} onChange={(e) => setService(e.target.value)} />
      <TextField
        label="How to reach them"
        hint="For example: call 116 123, or text 988."
        value={reach}
        maxLength={200}
        error={missing.reach}
        onChange={(e) => setReach(e.target.value)}
      />
      <div className="actions">
        <Button type="submit">Save crisis line</Button>
        {saved ? (
          <Button
            variant="quiet"
            onClick={async () => {
              if (await update({ crisisLine: null })) onDone('Your crisis line was removed.');
            }}
          >
            Remove your crisis line
          </Button>
        ) : null}
      </div>
    </form>
  );
}
