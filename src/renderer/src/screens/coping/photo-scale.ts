// A chosen photo made small enough to keep: drawn on a canvas at most HOPE_PHOTO_MAX_SIDE on its
// long side and saved as JPEG, then refused in the person's words if it is still over the limit.
import { HOPE_PHOTO_MAX_BYTES, HOPE_PHOTO_MAX_SIDE, HOPE_PHOTO_TOO_BIG } from '../../../../shared/hope-box-constants.ts';

export type ScaledPhoto = { ok: true; type: 'image/jpeg'; base64: string } | { ok: false; message: string };

const NOT_A_PHOTO = 'That file could not be opened as a photo. Choose a JPEG, PNG or WebP photo.';

export async function scalePhoto(file: File): Promise<ScaledPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, message: NOT_A_PHOTO };
  }
  const scale = Math.min(1, HOPE_PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) return { ok: false, message: NOT_A_PHOTO };
  // A white ground: a transparent PNG would otherwise turn black as a JPEG.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.85, 0.7]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (!blob) return { ok: false, message: NOT_A_PHOTO };
    if (blob.size <= HOPE_PHOTO_MAX_BYTES) return { ok: true, type: 'image/jpeg', base64: await toBase64(blob) };
  }
  return { ok: false, message: HOPE_PHOTO_TOO_BIG };
}

/** A chosen file's bytes as base64, as the contract carries them. */
export const fileBase64 = (file: Blob): Promise<string> => toBase64(file);

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
