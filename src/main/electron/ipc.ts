// Electron IPC transport over the core: one handler per contract channel, each checking that
// the sender is one of Harbor's own pages in one of Harbor's own windows.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { apiMethods, channelOf, eventChannel, type HarborEvent } from '../../shared/contract/index.ts';
import { fail } from '../../shared/result.ts';
import type { HarborCore } from '../core/harbor-core.ts';
import { isAppUrl } from './security.ts';

export function isTrustedSender(event: IpcMainInvokeEvent, trusted: () => readonly WebContents[]): boolean {
  const frame = event.senderFrame;
  // Only a top-level frame speaks for Harbor: never an iframe, never a frame already torn down.
  if (!frame || frame.parent !== null || frame.detached) return false;
  return trusted().includes(event.sender) && isAppUrl(frame.url);
}

export function registerIpc(core: HarborCore, trusted: () => readonly WebContents[]): void {
  for (const method of apiMethods) {
    ipcMain.handle(channelOf(method), (event, input: unknown) => {
      if (!isTrustedSender(event, trusted)) return fail('forbidden', 'This request did not come from Harbor.');
      return core.call(method, input);
    });
  }
  core.onEvent((event: HarborEvent) => {
    for (const contents of trusted()) if (!contents.isDestroyed()) contents.send(eventChannel, event);
  });
}
