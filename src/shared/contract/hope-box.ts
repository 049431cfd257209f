// The hope box: reasons for living, letters and messages, photos and voice notes, kept to
// remind them why to keep going. Photos arrive downscaled by the page, as base64; main sniffs
// their bytes and never trusts the type the page names. While locked only reasons and letters
// are readable, and only under the person's locked-access choice: photos and voice notes open after unlock.
import { z } from 'zod';

export * from '../hope-box-constants.ts';
import { HOPE_REASON_MAX, HOPE_TITLE_MAX, HOPE_LETTER_MAX, HOPE_CAPTION_MAX, HOPE_PHOTO_MAX_BYTES, HOPE_PHOTO_TYPES, HOPE_PHOTO_TOO_BIG, HOPE_VOICE_MAX_BYTES, HOPE_VOICE_TYPES, HOPE_VOICE_TOO_BIG } from '../hope-box-constants.ts';

const photoType = z.enum(HOPE_PHOTO_TYPES, { error: 'Choose a JPEG, PNG or WebP photo.' });
const base64 = (maxBytes: number, tooBig: string) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4, tooBig)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'That file could not be read. Try choosing it again.');

const reasonFields = z
  .object({
    kind: z.literal('reason'),
    text: z.string().trim().min(1, 'Write a few words, or cancel.').max(HOPE_REASON_MAX, `Keep a reason to ${HOPE_REASON_MAX} characters; a letter can hold more.`),
  })
  .strict();
const letterFields = z
  .object({
    kind: z.literal('letter'),
    title: z.string().trim().min(1, 'Give the letter a short title, for example "From Mum".').max(HOPE_TITLE_MAX, `Keep the title to ${HOPE_TITLE_MAX} characters.`),
    text: z.string().trim().min(1, 'Write the letter or message, or cancel.').max(HOPE_LETTER_MAX, 'A letter can be up to 10,000 characters.'),
  })
  .strict();
const photoFields = z
  .object({
    kind: z.literal('photo'),
    caption: z.string().trim().max(HOPE_CAPTION_MAX, `Keep the caption to ${HOPE_CAPTION_MAX} characters.`),
    /** Null when changing only the caption of a photo already kept. */
    image: z.object({ type: photoType, base64: base64(HOPE_PHOTO_MAX_BYTES, HOPE_PHOTO_TOO_BIG) }).strict().nullable(),
  })
  .strict();
const voiceFields = z
  .object({
    kind: z.literal('voice'),
    caption: z.string().trim().max(HOPE_CAPTION_MAX, `Keep the caption to ${HOPE_CAPTION_MAX} characters.`),
    /** No type from the page: main reads it from the bytes. Null when changing only the caption. */
    audio: z.object({ base64: base64(HOPE_VOICE_MAX_BYTES, HOPE_VOICE_TOO_BIG) }).strict().nullable(),
  })
  .strict();

const itemId = z.number().int().positive('That was not found.');
export const hopeSaveInput = z.discriminatedUnion('kind', [
  reasonFields.extend({ id: itemId.nullable() }),
  letterFields.extend({ id: itemId.nullable() }),
  photoFields.extend({ id: itemId.nullable() }),
  voiceFields.extend({ id: itemId.nullable() }),
]);
export type HopeSaveInput = z.infer<typeof hopeSaveInput>;

const stamp = { id: z.number().int().positive(), updatedAt: z.number() };
export const hopeReason = reasonFields.extend(stamp);
export const hopeLetter = letterFields.extend(stamp);
export const hopePhoto = z.object({ kind: z.literal('photo'), caption: z.string(), type: photoType, base64: z.string(), ...stamp }).strict();
export const hopeVoice = z.object({ kind: z.literal('voice'), caption: z.string(), type: z.enum(HOPE_VOICE_TYPES), base64: z.string(), ...stamp }).strict();
export const hopeItem = z.discriminatedUnion('kind', [hopeReason, hopeLetter, hopePhoto, hopeVoice]);
export type HopeItem = z.infer<typeof hopeItem>;
/** What the locked copy keeps: reasons and letters, never photos or voice notes. */
export const hopeWords = z.discriminatedUnion('kind', [hopeReason, hopeLetter]);

export const hopeBoxView = z.object({
  /** 'journal' unlocked; 'locked-copy' while locked under the person's choice; 'none' otherwise. */
  source: z.enum(['journal', 'locked-copy', 'none']),
  items: z.array(hopeItem),
  /** How many photos and voice notes wait behind the lock (they open after unlock). */
  afterUnlock: z.number().int(),
});
export type HopeBoxView = z.infer<typeof hopeBoxView>;

export const hopeBoxContract = {
  /** Unlocked: everything. Locked: reasons and letters from the copy the person allowed, else nothing. */
  hopeBox: { access: 'open', writes: false, input: z.object({}).strict(), output: hopeBoxView },
  hopeBoxSave: { access: 'unlocked', writes: true, input: hopeSaveInput, output: hopeItem },
  hopeBoxDelete: {
    access: 'unlocked',
    writes: true,
    input: z.object({ id: itemId }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
} as const;
