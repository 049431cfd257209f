// The renderer's only door to main. Same shape in Electron (preload) and in the browser harness.
import type { HarborApi } from '../../../shared/contract/index.ts';

declare global {
  interface Window {
    harbor: HarborApi;
  }
}

export const harbor: HarborApi = window.harbor;
