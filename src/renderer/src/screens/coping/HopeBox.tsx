// The hope box in the coping box: reasons as a calm list, letters that open one at a time, and
// photos with the person's own words as their description, voice notes on a native player. While locked it shows what the
// person allowed (reasons and letters); photos and voice notes wait for unlock.
import { useCallback, useEffect, useState } from 'react';
import type { HopeBoxView, HopeItem } from '../../../../shared/contract/hope-box.ts';
import { harbor } from '../../api/harbor';
import { Button, Card, ConfirmDialog, Notice } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import { HopeForm, type HopeKind } from './HopeForm';
import './hope-box.css';

export interface HopeBoxProps {
  /** A change of the coping box (unlock, lock) means a fresh look. */
  refreshKey: unknown;
}

const nameOf = (item: HopeItem) => (item.kind === 'reason' ? item.text : item.kind === 'letter' ? item.title : item.caption);

/** A native player (keyboard works); its sound handed over as a blob URL, let go when it leaves. */
function VoiceNote({ type, base64, label }: { type: string; base64: string; label: string }) {
  const attach = useCallback(
    (audio: HTMLAudioElement | null) => {
      if (!audio) return;
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type }));
      audio.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [type, base64],
  );
  return <audio ref={attach} controls preload="metadata" aria-label={label} />;
}

export function HopeBox({ refreshKey }: HopeBoxProps) {
  const w = useWords();
  const [view, setView] = useState<HopeBoxView | null>(null);
  const [editing, setEditing] = useState<{ kind: HopeKind; item: HopeItem | null } | null>(null);
  const [deleting, setDeleting] = useState<HopeItem | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Bumped after every change: the effect then reads the box again.
  const [changes, setChanges] = useState(0);
  const load = () => setChanges((n) => n + 1);
  useEffect(() => {
    let live = true;
    void harbor.hopeBox({}).then((result) => live && setView(result.ok ? result.value : null));
    return () => {
      live = false;
    };
  }, [refreshKey, changes]);

  if (!view || (view.source === 'none' && view.items.length === 0)) return null;
  const canEdit = view.source === 'journal';
  const reasons = view.items.filter((i) => i.kind === 'reason');
  const letters = view.items.filter((i) => i.kind === 'letter');
  const photos = view.items.filter((i) => i.kind === 'photo');
  const voices = view.items.filter((i) => i.kind === 'voice');
  const tools = (item: HopeItem) =>
    canEdit ? (
      <span className="hope-box__tools">
        <Button onClick={() => setEditing({ kind: item.kind, item })} aria-label={`Change “${nameOf(item)}”`}>
          Change
        </Button>
        <Button onClick={() => setDeleting(item)} aria-label={`Delete “${nameOf(item)}”`}>
          Delete
        </Button>
      </span>
    ) : null;

  const remove = async () => {
    if (!deleting) return;
    const result = await harbor.hopeBoxDelete({ id: deleting.id });
    setDeleting(null);
    setError(result.ok ? null : result.error.message);
    load();
  };

  return (
    <Card title={w('hopeBox')} className="hope-box">
      {view.items.length === 0 && view.afterUnlock === 0 ? (
        <p className="hope-box__intro">A place for what reminds you why to keep going: reasons, letters and messages, photos, voice notes. Add something whenever you like.</p>
      ) : null}
      {reasons.length > 0 ? (
        <section aria-label={w('reasonsForLiving')}>
          <h3>{w('reasonsForLiving')}</h3>
          <ul className="hope-box__reasons">
            {reasons.map((item) => (
              <li key={item.id}>
                <span>{nameOf(item)}</span>
                {tools(item)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {letters.length > 0 ? (
        <section aria-label="Letters and messages">
          <h3>Letters and messages</h3>
          {letters.map((item) => (
            <div key={item.id} className="hope-box__letter">
              <details>
                <summary>{nameOf(item)}</summary>
                <p className="hope-box__letter-text">{item.kind === 'letter' ? item.text : ''}</p>
              </details>
              {tools(item)}
            </div>
          ))}
        </section>
      ) : null}
      {photos.length > 0 ? (
        <section aria-label="Photos">
          <h3>Photos</h3>
          <ul className="hope-box__photos">
            {photos.map((item) =>
              item.kind === 'photo' ? (
                <li key={item.id}>
                  <figure>
                    <img src={`data:${item.type};base64,${item.base64}`} alt={item.caption} />
                    <figcaption>{item.caption}</figcaption>
                  </figure>
                  {tools(item)}
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
      {voices.length > 0 ? (
        <section aria-label="Voice notes">
          <h3>Voice notes</h3>
          <ul className="hope-box__voices">
            {voices.map((item) =>
              item.kind === 'voice' ? (
                <li key={item.id}>
                  <p>{item.caption}</p>
                  <VoiceNote type={item.type} base64={item.base64} label={`Play: ${item.caption}`} />
                  {tools(item)}
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
      {view.afterUnlock > 0 ? <p className="hope-box__later">Photos and voice notes open after you unlock.</p> : null}
      {error ? (
        <Notice tone="warning">
          <p>{error}</p>
        </Notice>
      ) : null}
      {canEdit ? (
        <div className="actions hope-box__add">
          <Button onClick={() => setEditing({ kind: 'reason', item: null })}>{w('addReasonForLiving')}</Button>
          <Button onClick={() => setEditing({ kind: 'letter', item: null })}>Add a letter or message</Button>
          <Button onClick={() => setEditing({ kind: 'photo', item: null })}>Add a photo</Button>
          <Button onClick={() => setEditing({ kind: 'voice', item: null })}>Add a voice note</Button>
        </div>
      ) : null}
      {editing ? (
        <HopeForm
          kind={editing.kind}
          item={editing.item}
          onDone={(saved) => {
            setEditing(null);
            if (saved) load();
          }}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? `Delete “${nameOf(deleting)}” from your ${w('hopeBox').toLowerCase()}?` : ''}
        confirmLabel="Delete"
        cancelLabel="Keep it"
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </Card>
  );
}
