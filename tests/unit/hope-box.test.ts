// The hope box on a real encrypted journal: reasons, letters and photos added, changed, deleted;
// a photo's type read from its bytes (a PDF named a JPEG is refused), the per-photo limit kept;
// and the locked copy holding reasons and letters, never photos, only under the person's choice.
import { wav } from '../support/wav.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HOPE_PHOTO_MAX_BYTES, HOPE_PHOTO_TOO_BIG, HOPE_VOICE_MAX_BYTES, HOPE_VOICE_TOO_BIG, type HopeBoxView, type HopeItem } from '../../src/shared/contract/hope-box.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { testKeychain } from '../support/keychain.ts';
import { gradientPng } from '../support/png.ts';

type Core = Awaited<ReturnType<typeof unlockedCore>>;
let open: Core[] = [];
afterEach(() => {
  for (const h of open) h.cleanup();
  open = [];
});

async function journal(options: { keychain?: ReturnType<typeof testKeychain> } = {}) {
  const h = await unlockedCore(options);
  open.push(h);
  return h;
}

const png = () => gradientPng(2, 2);

const photo = (bytes: Buffer, type = 'image/png', caption = 'The beach with Sam') => ({
  id: null,
  kind: 'photo',
  caption,
  image: { type, base64: bytes.toString('base64') },
});

const voice = (bytes: Buffer, caption = 'Gran singing') => ({ id: null, kind: 'voice', caption, audio: { base64: bytes.toString('base64') } });

describe('hope box', () => {
  it('adds, lists, changes and deletes reasons, letters and photos', async () => {
    const h = await journal();
    const dog = await h.value<HopeItem>('hopeBoxSave', { id: null, kind: 'reason', text: 'My dog Pixel needs me' });
    await h.value('hopeBoxSave', { id: null, kind: 'letter', title: 'From Mum', text: 'You are loved, always.' });
    await h.value('hopeBoxSave', { id: null, kind: 'reason', text: 'Seeing the sea again' });
    const picture = await h.value<HopeItem>('hopeBoxSave', photo(png()));
    const noCaption = await h.value<HopeItem>('hopeBoxSave', photo(png(), 'image/jpeg', '  '));

    let box = await h.value<HopeBoxView>('hopeBox');
    expect(box.source).toBe('journal');
    expect(box.items.map((i) => i.kind)).toEqual(['reason', 'reason', 'letter', 'photo', 'photo']);
    expect(box.items[2]).toMatchObject({ title: 'From Mum', text: 'You are loved, always.' });
    // The type is what the bytes say, not what the page named; an empty caption still describes it.
    expect(picture).toMatchObject({ kind: 'photo', type: 'image/png', caption: 'The beach with Sam', base64: png().toString('base64') });
    expect(noCaption).toMatchObject({ type: 'image/png', caption: 'A photo you chose' });

    await h.value('hopeBoxSave', { id: dog.id, kind: 'reason', text: 'Pixel, who waits by the door' });
    await h.value('hopeBoxSave', { id: picture.id, kind: 'photo', caption: 'Sam and me at the beach', image: null });
    await h.value('hopeBoxDelete', { id: noCaption.id });
    box = await h.value<HopeBoxView>('hopeBox');
    expect(box.items.map((i) => (i.kind === 'reason' ? i.text : i.kind === 'letter' ? i.title : i.caption))).toEqual([
      'Pixel, who waits by the door',
      'Seeing the sea again',
      'From Mum',
      'Sam and me at the beach',
    ]);
    expect(box.items[3]).toMatchObject({ base64: png().toString('base64') });
    expect(await h.core.call('hopeBoxDelete', { id: noCaption.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That was not found in your hope box. It may have been deleted already.' },
    });
  });

  it('refuses a file that is not really a photo, and one over the limit, in the person’s words', async () => {
    const h = await journal();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
    expect(await h.core.call('hopeBoxSave', photo(pdf, 'image/jpeg'))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'That file is not a photo Harbor can show. Choose a JPEG, PNG or WebP photo.' },
    });
    expect(await h.core.call('hopeBoxSave', photo(png(), 'application/pdf'))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Choose a JPEG, PNG or WebP photo.') },
    });
    // Just over the limit (refused in main, by its bytes) and far over (refused at the contract).
    const justOver = Buffer.concat([png(), Buffer.alloc(HOPE_PHOTO_MAX_BYTES + 1 - png().length)]);
    const farOver = Buffer.concat([png(), Buffer.alloc(3 * 1024 * 1024)]);
    for (const big of [justOver, farOver]) {
      expect(await h.core.call('hopeBoxSave', photo(big))).toMatchObject({ ok: false, error: { message: expect.stringContaining(HOPE_PHOTO_TOO_BIG) } });
    }
    expect(await h.core.call('hopeBoxSave', { id: null, kind: 'letter', title: 'From Mum', text: '   ' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Write the letter or message, or cancel.') },
    });
    expect((await h.value<HopeBoxView>('hopeBox')).items).toEqual([]);
  });

  it('keeps voice notes, their type read from their bytes; a PDF or an over-long file is refused', async () => {
    const h = await journal();
    const song = await h.value<HopeItem>('hopeBoxSave', voice(wav()));
    expect(song).toMatchObject({ kind: 'voice', type: 'audio/wav', caption: 'Gran singing', base64: wav().toString('base64') });
    const ogg = Buffer.concat([Buffer.from('OggS', 'latin1'), Buffer.alloc(60)]);
    const untitled = await h.value<HopeItem>('hopeBoxSave', voice(ogg, ''));
    expect(untitled).toMatchObject({ type: 'audio/ogg', caption: 'A voice note' });
    await h.value('hopeBoxSave', { id: song.id, kind: 'voice', caption: 'Gran singing at Christmas', audio: null });
    await h.value('hopeBoxDelete', { id: untitled.id });
    expect((await h.value<HopeBoxView>('hopeBox')).items).toMatchObject([{ kind: 'voice', caption: 'Gran singing at Christmas', type: 'audio/wav' }]);

    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');
    expect(await h.core.call('hopeBoxSave', voice(pdf))).toMatchObject({
      ok: false,
      error: { message: 'That file is not a recording Harbor can play. Choose an MP3, Ogg, WebM, WAV or M4A file.' },
    });
    expect(await h.core.call('hopeBoxSave', voice(wav(HOPE_VOICE_MAX_BYTES)))).toMatchObject({ ok: false, error: { message: expect.stringContaining(HOPE_VOICE_TOO_BIG) } });
    expect((await h.value<HopeBoxView>('hopeBox')).items).toHaveLength(1);
  });

  it('keeps nothing of the hope box outside the journal while the box opens only after unlock', async () => {
    const h = await journal(); // no keychain, no choice yet: "only after unlock"
    await h.value('hopeBoxSave', { id: null, kind: 'reason', text: 'My dog Pixel needs me' });
    await h.value('vaultLock');
    expect(await h.value<HopeBoxView>('hopeBox')).toEqual({ source: 'none', items: [], afterUnlock: 0 });
    expect(() => readFileSync(join(h.dataDir, 'coping-locked.json'))).toThrow();
  });

  it('while locked, under the person’s choice, shows reasons and letters and leaves photos for after unlock', async () => {
    const h = await journal();
    await h.value('copingSetLockedAccess', { choice: 'while-locked' });
    await h.value('hopeBoxSave', { id: null, kind: 'reason', text: 'My dog Pixel needs me' });
    await h.value('hopeBoxSave', { id: null, kind: 'letter', title: 'From Mum', text: 'You are loved, always.' });
    await h.value('hopeBoxSave', photo(png()));
    await h.value('hopeBoxSave', voice(wav()));
    const copy = readFileSync(join(h.dataDir, 'coping-locked.json'), 'utf8');
    expect(copy).toContain('My dog Pixel needs me');
    expect(copy).not.toContain(png().toString('base64').slice(0, 24));
    expect(copy).not.toContain('The beach with Sam');
    expect(copy).not.toContain('Gran singing');
    await h.value('vaultLock');
    const locked = await h.value<HopeBoxView>('hopeBox');
    expect(locked.source).toBe('locked-copy');
    expect(locked.items.map((i) => i.kind)).toEqual(['reason', 'letter']);
    expect(locked.afterUnlock).toBe(2);
    expect(await h.core.call('hopeBoxSave', { id: null, kind: 'reason', text: 'While locked' })).toMatchObject({ ok: false });

    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await h.value('copingSetLockedAccess', { choice: 'after-unlock' });
    await h.value('vaultLock');
    expect((await h.value<HopeBoxView>('hopeBox')).items).toEqual([]);
  });

  it('seals the reasons in the copy with the keychain', async () => {
    const h = await journal({ keychain: testKeychain() });
    await h.value('hopeBoxSave', { id: null, kind: 'reason', text: 'My dog Pixel needs me' });
    expect(readFileSync(join(h.dataDir, 'coping-locked.json'), 'utf8')).not.toContain('Pixel');
    await h.value('vaultLock');
    expect((await h.value<HopeBoxView>('hopeBox')).items).toMatchObject([{ kind: 'reason', text: 'My dog Pixel needs me' }]);
  });
});
