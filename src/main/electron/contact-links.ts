// tel: and sms: links for the person's saved numbers (the core checks scheme and number first;
// this checks the URL's shape once more before handing it to the OS). Navigation and new windows
// stay denied for these schemes as for everything else (security.ts).
import { app, shell } from 'electron';
import { DIALLABLE } from '../../shared/phone-number.ts';
import type { ContactLinkPort, ContactScheme } from '../core/coping/contact-links.ts';

function hasApp(scheme: ContactScheme): boolean {
  try {
    return app.getApplicationNameForProtocol(`${scheme}://`) !== '';
  } catch {
    return false;
  }
}

export const electronContactLinks: ContactLinkPort = {
  available: () => ({ tel: hasApp('tel'), sms: hasApp('sms') }),
  async open(url) {
    const [scheme, number] = url.split(':', 2) as [string, string | undefined];
    if ((scheme !== 'tel' && scheme !== 'sms') || !number || !DIALLABLE.test(number) || url !== `${scheme}:${number}`) {
      throw new Error('Only tel: and sms: links with a plain number are opened.');
    }
    await shell.openExternal(url);
  },
};
