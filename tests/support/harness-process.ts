// Starts the real harness (`node src/main/harness/cli.ts`) as a child process, like a person would.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { signInBrowser } from './harness-sign-in.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface HarnessProcess {
  /** http://127.0.0.1:PORT: nothing is served there before signing in. */
  url: string;
  /** The one-time address the harness printed (url + /?code=…). */
  signInUrl: string;
  /** Signs a browser context in through the printed address (once per harness run). */
  signIn(context: BrowserContext): Promise<void>;
  child: ChildProcess;
  /** Graceful stop (SIGTERM). */
  stop(): Promise<void>;
  /** Simulates a crash or power loss for the process: SIGKILL, no cleanup. */
  kill(): Promise<void>;
}

/** `args`: more command-line options, as a person would type them (`--dev`). */
export async function startHarnessProcess(dataDir: string, options: { fastKdf?: boolean; args?: string[] } = {}): Promise<HarnessProcess> {
  const child = spawn(process.execPath, [`${root}src/main/harness/cli.ts`, '--data-dir', dataDir, '--port', '0', ...(options.args ?? [])], {
    cwd: root,
    env: { ...process.env, HARBOR_TEST_FAST_KDF: options.fastKdf === false ? '0' : '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const signInUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Harness did not start:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/\?code=[0-9a-f]+)\r?\n/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Harness exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: new URL(signInUrl).origin,
    signInUrl,
    signIn: (context) => signInBrowser(context, signInUrl),
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
