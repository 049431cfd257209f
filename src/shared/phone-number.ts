// A phone number inside the "how to reach them" words of a safety-plan contact ("call or text
// 07700 900123"): the page offers to copy, call or text it, and main opens tel: or sms: only for a
// number found this way in the person's own plan. Platform-free and without zod (the coping window).

/** Digits with spaces, dots, dashes or brackets between them, optionally after a +. */
const CANDIDATE = /\+?\d[\d\s().-]*\d/g;

/** The first phone number in `text` as +digits or digits (3 to 20 digits), or null. */
export function phoneNumberIn(text: string): string | null {
  for (const match of text.matchAll(CANDIDATE)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 3 && digits.length <= 20) return `${match[0].startsWith('+') ? '+' : ''}${digits}`;
  }
  return null;
}

/** A number as main accepts it in tel: and sms: links. */
export const DIALLABLE = /^\+?\d{3,20}$/;
