// The whole preload: named methods from the contract, nothing else. No ipcRenderer, no
// generic invoke, no Node. Each call goes to its own prefixed channel; main checks the sender.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiMethods, channelPrefix, eventChannel } from '../shared/contract/methods.ts';

const api: Record<string, unknown> = {};
for (const method of apiMethods) {
  api[method] = (input: unknown) => ipcRenderer.invoke(channelPrefix + method, input ?? {});
}
api.onEvent = (listener: (event: unknown) => void) => {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(eventChannel, wrapped);
  return () => {
    ipcRenderer.removeListener(eventChannel, wrapped);
  };
};

contextBridge.exposeInMainWorld('harbor', Object.freeze(api));
