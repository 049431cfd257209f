import type { HandlerTable } from './types.ts';
import { vaultHandlers } from './vault.ts';

// TypeScript refuses this object unless every contract method has exactly one handler.
export const handlers: HandlerTable = {
  ...vaultHandlers,
};
