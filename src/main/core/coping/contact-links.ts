// Calling or texting a person from the safety plan. Only tel: and sms:, only for a number the
// person saved in their plan (their crisis line is one of its services), and only where the computer has an
// app for that kind of link. The desktop app passes a port that asks the OS (core/platform.ts); the harness has none.
import { HarborError } from '../../../shared/result.ts';
import { DIALLABLE, phoneNumberIn } from '../../../shared/phone-number.ts';
import type { Contact } from '../../../shared/contract/coping.ts';

export type ContactScheme = 'tel' | 'sms';

export interface ContactLinkPort {
  /** Whether the computer has an app for each kind of link. */
  available(): Record<ContactScheme, boolean>;
  /** Opens a checked `tel:` or `sms:` URL with that app. */
  open(url: string): Promise<void>;
}

export const noContactLinks = { tel: false, sms: false } as const;

/** Every number the person saved in their plan's people and services (their crisis line included). */
export function savedNumbers(contacts: readonly Contact[]): Set<string> {
  const numbers = contacts.map((c) => phoneNumberIn(c.reach));
  return new Set(numbers.filter((n): n is string => n !== null));
}

export async function openContactLink(
  port: ContactLinkPort | null,
  scheme: ContactScheme,
  number: string,
  saved: ReadonlySet<string>,
): Promise<void> {
  if (!port) throw new HarborError('unavailable', 'Calling and texting open from the Harbor desktop app. Here, copy the number instead.');
  if (!DIALLABLE.test(number) || !saved.has(number)) {
    throw new HarborError('not_found', 'Harbor opens calls and texts only for numbers saved in your safety plan.');
  }
  if (!port.available()[scheme]) {
    throw new HarborError(
      'unavailable',
      scheme === 'tel' ? 'This computer has no app for phone calls. Copy the number instead.' : 'This computer has no app for text messages. Copy the number instead.',
    );
  }
  await port.open(`${scheme}:${number}`);
}
