// Adding or changing one thing in the hope box, in a modal dialog (native <dialog>: focus stays
// inside, Escape closes it). A photo is chosen with the system's file picker and made smaller
// here before it is sent; nothing typed is dropped when something is refused.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { HOPE_CAPTION_MAX, HOPE_LETTER_MAX, HOPE_PHOTO_DEFAULT_CAPTION, HOPE_REASON_MAX, HOPE_TITLE_MAX, type HopeItem } from '../../../../shared/contract/hope-box.ts';
import { harbor } from '../../api/harbor';
import { Button, TextArea, TextField } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import { scalePhoto, type ScaledPhoto } from './photo-scale';

export type HopeKind = HopeItem['kind'];

export interface HopeFormProps {
  kind: HopeKind;
  /** Changing this item; adding a new one when null. */
  item: HopeItem | null;
  onDone: (saved: boolean) => void;
}

export function HopeForm({ kind, item, onDone }: HopeFormProps) {
  const w = useWords();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fileId = useId();
  const [text, setText] = useState(item && item.kind !== 'photo' ? item.text : '');
  const [title, setTitle] = useState(item?.kind === 'letter' ? item.title : '');
  const [caption, setCaption] = useState(item?.kind === 'photo' && item.caption !== HOPE_PHOTO_DEFAULT_CAPTION ? item.caption : '');
  const [photo, setPhoto] = useState<Extract<ScaledPhoto, { ok: true }> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const choose = async (file: File | undefined) => {
    setError(null);
    setPhoto(null);
    if (!file) return;
    setBusy(true);
    const scaled = await scalePhoto(file);
    setBusy(false);
    if (scaled.ok) setPhoto(scaled);
    else setError(scaled.message);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (kind === 'photo' && !item && !photo) {
      setError('Choose a photo first.');
      return;
    }
    setBusy(true);
    const id = item?.id ?? null;
    const result = await harbor.hopeBoxSave(
      kind === 'reason'
        ? { id, kind, text }
        : kind === 'letter'
          ? { id, kind, title, text }
          : { id, kind, caption, image: photo ? { type: photo.type, base64: photo.base64 } : null },
    );
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else onDone(true);
  };

  const heading =
    kind === 'reason'
      ? item
        ? 'Change this reason'
        : w('addReasonForLiving')
      : kind === 'letter'
        ? item
          ? 'Change this letter'
          : 'Add a letter or message'
        : item
          ? 'Change this photo'
          : 'Add a photo';
  return (
    <dialog
      ref={dialog}
      className="dialog hope-form"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDone(false);
      }}
    >
      <h2 id={titleId}>{heading}</h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {kind === 'reason' ? (
          <TextField label="In a few words" hint="Someone, something you love, something still to come." limit={HOPE_REASON_MAX} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        ) : null}
        {kind === 'letter' ? (
          <>
            <TextField label="Title" hint='For example "From Mum" or "To me, on a hard day".' limit={HOPE_TITLE_MAX} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
            <TextArea label="The letter or message" rows={8} limit={HOPE_LETTER_MAX} value={text} onChange={(e) => setText(e.target.value)} />
          </>
        ) : null}
        {kind === 'photo' ? (
          <>
            <div className="field">
              <label className="field__label" htmlFor={fileId}>{item ? 'Choose a different photo (optional)' : 'Choose a photo'}</label>
              <input id={fileId} type="file" accept="image/*" onChange={(e) => void choose(e.target.files?.[0])} autoFocus />
              <p className="field__hint">It is made smaller to keep, and stays inside your encrypted journal.</p>
            </div>
            {photo ? <img className="hope-form__preview" src={`data:${photo.type};base64,${photo.base64}`} alt={caption.trim() || HOPE_PHOTO_DEFAULT_CAPTION} /> : null}
            <TextField
              label="A few words about it"
              hint={`They describe the photo, for example to a screen reader. If left empty: "${HOPE_PHOTO_DEFAULT_CAPTION}".`}
              limit={HOPE_CAPTION_MAX}
              value={caption}
              onChange={(e) => setCaption(e.target.value)}
            />
          </>
        ) : null}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            Save
          </Button>
          <Button onClick={() => onDone(false)}>Cancel</Button>
        </div>
      </form>
    </dialog>
  );
}
