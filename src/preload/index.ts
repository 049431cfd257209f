// The whole preload: named methods from the contract, nothing else. No ipcRenderer, no
// generic invoke, no Node. Each call goes to its own prefixed channel; main checks the sender.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelPrefix, eventChannel } from '../shared/contract/channels.ts';
import { methodsOver } from '../shared/contract/bridge.ts';
import type { HarborApi, HarborEvent } from '../shared/contract/index.ts';

const api = {
  ...methodsOver(HARBOR_API_METHODS, (method, input) => ipcRenderer.invoke(channelPrefix + method, input ?? {})),
  onEvent(listener: (event: HarborEvent) => void) {
    const wrapped = (_event: IpcRendererEvent, payload: HarborEvent) => listener(payload);
    ipcRenderer.on(eventChannel, wrapped);
    return () => {
      ipcRenderer.removeListener(eventChannel, wrapped);
    };
  },
} satisfies HarborApi;

contextBridge.exposeInMainWorld('harbor', Object.freeze(api));
