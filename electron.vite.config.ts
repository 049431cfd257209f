import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { apiMethods } from './src/shared/contract/index.ts';
import { devCspPlugin, newDevNonce } from './src/main/harness/dev-server.ts';

// The contract table's method names, for the preload and the harness bridge (which must not
// bundle zod and the schemas just to learn the names). Restart `npm run dev` after adding a method.
const define = { HARBOR_API_METHODS: JSON.stringify(apiMethods) };

// `npm run dev` only: a nonce for this start lets the dev server's React refresh preamble run.
const devNonce = newDevNonce();

export default defineConfig(({ command }) => ({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve('src/main/electron/main.ts') },
        // Native and ESM-only runtime packages load from node_modules, not from the bundle; so does
        // fontkit, which reads its Unicode tables from files beside it.
        external: ['better-sqlite3-multiple-ciphers', 'conf', 'electron', 'electron-store', '@foliojs-fork/fontkit'],
      },
    },
  },
  preload: {
    define,
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file that requires nothing but electron.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), devCspPlugin(devNonce)],
    define,
    html: command === 'serve' ? { cspNonce: devNonce } : {},
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          // The compact coping window: its own small bundle, no journal or chart code.
          coping: resolve('src/renderer/coping.html'),
          // Loaded only by the browser harness, before the app's own script.
          'harness-bridge': resolve('src/renderer/harness/bridge.ts'),
          // The coping window's first requests, started before its main bundle (coping.html
          // names it with vite-ignore, so it stays a separate script that runs first).
          'coping-early': resolve('src/renderer/coping/early.ts'),
        },
        output: {
          entryFileNames: (chunk) =>
            chunk.name === 'harness-bridge' || chunk.name === 'coping-early' ? `assets/${chunk.name}.js` : 'assets/[name]-[hash].js',
          // zod (used by the journal and patterns pages) gets its own chunk, so the bundler does not
          // fold it into the chunk the coping window shares with the main page.
          manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]/.test(id) ? 'zod' : undefined),
        },
      },
    },
  },
}));
