import type { ApiMethod } from './index.ts';

declare global {
  /** Every contract method name, put into the preload and the harness bridge at build time (electron.vite.config.ts). */
  const HARBOR_API_METHODS: readonly ApiMethod[];
}
