// Adding or changing one thing in the hope box, in a modal dialog (native <dialog>: focus stays
// inside, Escape closes it). A photo is chosen with the system's file picker and made smaller
// here before it is sent; nothing typed is dropped when something is refused.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  HOPE_CAPTION_MAX,
  HOPE_LETTER_MAX,
  HOPE_PHOTO_DEFAULT_CAPTION,
  HOPE_REASON_MAX,
  HOPE_TITLE_MAX,
  HOPE_VOICE_DEFAULT_CAPTION,
  HOPE_VOICE_MAX_BYTES,
  HOPE_VOICE_TOO_BIG,
} from '../../../../shared/hope-box-constants.ts';
import type { HopeItem } from '../../../../shared/contract/hope-box.ts';
import { harbor } from '../../api/harbor';
import { Button, TextArea, TextField } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import { fileBase64, scalePhoto, type ScaledPhoto } from './photo-scale';

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
  const [text, setText] = useState(item?.kind === 'reason' || item?.kind === 'letter' ? item.text : '');
  const [title, setTitle] = useState(item?.kind === 'letter' ? item.title : '');
  const defaultCaption = kind === 'voice' ? HOPE_VOICE_DEFAULT_CAPTION : HOPE_PHOTO_DEFAULT_CAPTION;
  const [caption, setCaption] = useState((item?.kind === 'photo' || item?.kind === 'voice') && item.caption !== defaultCaption ? item.caption : '');
  const [photo, setPhoto] = useState<Extract<ScaledPhoto, { ok: true }> | null>(null);
  const [audio, setAudio] = useState<string | null>(null);
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

  const chooseAudio = async (file: File | undefined) => {
    setError(null);
    setAudio(null);
    if (!file) return;
    // Checked here too, so a large file is refused before it is read.
    if (file.size > HOPE_VOICE_MAX_BYTES) {
      setError(HOPE_VOICE_TOO_BIG);
      return;
    }
    setBusy(true);
    setAudio(await fileBase64(file));
    setBusy(false);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if ((kind === 'photo' && !item && !photo) || (kind === 'voice' && !item && !audio)) {
      setError(kind === 'photo' ? 'Choose a photo first.' : 'Choose a recording first.');
      return;
    }
    setBusy(true);
    const id = item?.id ?? null;
    const result = await harbor.hopeBoxSave(
      kind === 'reason'
        ? { id, kind, text }
        : kind === 'letter'
          ? { id, kind, title, text }
          : kind === 'photo'
            ? { id, kind, caption, image: photo ? { type: photo.type, base64: photo.base64 } : null }
            : { id, kind, caption, audio: audio ? { base64: audio } : null },
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
        : kind === 'photo'
          ? item
            ? 'Change this photo'
            : 'Add a photo'
          : item
            ? 'Change this voice note'
            : 'Add a voice note';
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
        {kind === 'voice' ? (
          <>
            <div className="field">
              <label className="field__label" htmlFor={fileId}>
                {item ? 'Choose a different recording (optional)' : 'Choose a recording'}
              </label>
              <input id={fileId} type="file" accept="audio/*" onChange={(e) => void chooseAudio(e.target.files?.[0])} autoFocus />
              <p className="field__hint">An MP3, Ogg, WebM, WAV or M4A file of up to 10 MB. It stays inside your encrypted journal.</p>
            </div>
            <TextField
              label="A few words about it"
              hint={`For example who it is from. If left empty: "${HOPE_VOICE_DEFAULT_CAPTION}".`}
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
