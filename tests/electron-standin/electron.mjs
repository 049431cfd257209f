// What `import ... from 'electron'` resolves to under the stand-in (see hooks.mjs).
// It is first evaluated as part of the app's own module graph, so the driver's "app ready"
// timer fires only after the app's main module has run, as in Electron.
import { startDriver } from './driver.mjs';

export * from './electron-api.mjs';
export { default } from './electron-api.mjs';

startDriver();
