// The transport-free heart of main: one handler table behind one `call` that validates input,
// checks the lock, and turns every failure into an error value. Electron IPC and the browser
// harness are two thin transports over this.
import { z } from 'zod';
import { apiMethods, contract, type ApiMethod, type HarborEvent } from '../../shared/contract/index.ts';
import { HarborError, fail, ok, type Result } from '../../shared/result.ts';
import { handlers } from './handlers/index.ts';
import type { CoreContext, Handler } from './handlers/types.ts';
import type { Keychain } from './keychain.ts';
import { Vault } from './vault.ts';

export interface HarborCoreOptions {
  dataDir: string;
  keychain: Keychain;
  now?: () => Date;
  kdfCost?: { N: number; r: number; p: number };
  /** Where unexpected errors are reported (never to the page). */
  log?: (message: string, error: unknown) => void;
}

const knownMethods = new Set<string>(apiMethods);

export function isApiMethod(name: string): name is ApiMethod {
  return knownMethods.has(name);
}

export class HarborCore {
  readonly vault: Vault;
  private readonly context: CoreContext;
  private readonly log: (message: string, error: unknown) => void;
  private readonly listeners = new Set<(event: HarborEvent) => void>();

  constructor(options: HarborCoreOptions) {
    this.vault = new Vault({ dataDir: options.dataDir, keychain: options.keychain, kdfCost: options.kdfCost });
    const vault = this.vault;
    const now = options.now ?? (() => new Date());
    this.context = {
      vault,
      get db() {
        return vault.db;
      },
      now,
      wrote: () => vault.noteWrite(),
    };
    this.log = options.log ?? ((message, error) => console.error(message, error));
    this.vault.onChange((state) => this.emit({ type: 'vault', state }));
  }

  onEvent(listener: (event: HarborEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: HarborEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Never throws: every outcome is a Result. */
  async call(method: string, rawInput: unknown): Promise<Result<unknown>> {
    try {
      if (!isApiMethod(method)) return fail('invalid_input', 'Unknown request.');
      const spec = contract[method];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error));
      if (spec.access === 'unlocked' && this.vault.state() !== 'unlocked') {
        return fail('locked', 'Harbor is locked. Unlock it to continue.');
      }
      const handler = handlers[method] as Handler<ApiMethod>;
      const value = await handler(parsed.data as never, this.context);
      return ok(spec.output.parse(value));
    } catch (error) {
      if (error instanceof HarborError) return fail(error.code, error.message);
      this.log(`Harbor: ${method} failed`, error);
      return fail('internal', 'Something went wrong inside Harbor. What you wrote before this is safe.');
    }
  }

  /**
   * Locks after giving open pages a moment to save their drafts. Used for locks that do not
   * start in the page (menu, OS suspend or screen lock, idle timer).
   */
  async lockGracefully(graceMs = 400): Promise<void> {
    if (this.vault.state() !== 'unlocked') return;
    this.emit({ type: 'before-lock' });
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    this.vault.lock();
  }

  close(): void {
    this.vault.lock();
  }
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'That request was not valid.';
  const where = first.path.length ? `${first.path.join('.')}: ` : '';
  return `${where}${first.message}`.slice(0, 300);
}
