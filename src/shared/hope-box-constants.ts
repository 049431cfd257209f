// The hope box's limits and words, without zod, so the coping window's bundle stays small.
export const HOPE_REASON_MAX = 300;
export const HOPE_TITLE_MAX = 120;
export const HOPE_LETTER_MAX = 10_000;
export const HOPE_CAPTION_MAX = 200;
/** Per photo, after downscaling in the page. */
export const HOPE_PHOTO_MAX_BYTES = 2 * 1024 * 1024;
/** The long side the page downscales a photo to. */
export const HOPE_PHOTO_MAX_SIDE = 1600;
export const HOPE_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The words an image is described by when the person leaves its caption empty. */
export const HOPE_PHOTO_DEFAULT_CAPTION = 'A photo you chose';
export const HOPE_PHOTO_TOO_BIG = 'This photo is still too large after making it smaller (the limit is 2 MB). Try a different photo, or a cropped copy of it.';
/** Per voice note, as chosen. */
export const HOPE_VOICE_MAX_BYTES = 10 * 1024 * 1024;
export const HOPE_VOICE_TYPES = ['audio/mpeg', 'audio/ogg', 'audio/webm', 'audio/wav', 'audio/mp4'] as const;
export const HOPE_VOICE_TOO_BIG = 'This recording is larger than 10 MB, the most a voice note can be. A shorter one, or a smaller copy of it, will fit.';
export const HOPE_VOICE_DEFAULT_CAPTION = 'A voice note';
