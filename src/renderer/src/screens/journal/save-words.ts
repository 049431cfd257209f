// What the check-in says about saving: the draft's state, the saved check-in, and words too long to save.
import type { Entry } from '../../../../shared/contract/journal.ts';
import { formatTime } from '../../../../shared/calendar.ts';
import type { DraftStatus } from './draft-store';

/** Past the limit the words stay, as a draft; only saving them as a check-in waits. */
export function tooLongToSave(excess: number): string {
  return `${excess.toLocaleString('en')} ${excess === 1 ? 'character' : 'characters'} more than a check-in can save. Your draft is kept whole; shorten this to save the check-in.`;
}

export function statusText(status: DraftStatus, entry: Entry | null): string {
  switch (status.state) {
    case 'pending':
    case 'saving':
      return 'Saving draft…';
    case 'saved':
      return `Draft saved at ${formatTime(status.savedAt)}.`;
    case 'waiting':
      return status.message;
    case 'idle':
      return entry ? `Check-in saved at ${formatTime(entry.updatedAt)}.` : '';
  }
}
