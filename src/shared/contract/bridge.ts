// `window.harbor`'s methods over one transport (Electron IPC in the preload, HTTP in the browser
// harness). Zod-free: the preload and the harness bridge get the method names from the build
// (HARBOR_API_METHODS, taken from the contract table by electron.vite.config.ts), not the schemas.
import type { ApiMethod, HarborApi } from './index.ts';

export type ApiMethods = Omit<HarborApi, 'onEvent'>;

/** One function per contract method; each sends its input and resolves with the Result main gave back. */
export function methodsOver(names: readonly ApiMethod[], send: (method: ApiMethod, input: unknown) => Promise<unknown>): ApiMethods {
  const methods: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of names) methods[name] = (input: unknown) => send(name, input);
  // The transport carries the contract's Result unchanged, so each method has its contract type.
  return methods as unknown as ApiMethods;
}
