// `node --import ./tests/electron-standin/register.mjs out/main/index.js` runs the built app
// against the recording stand-in instead of the Electron binary.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
