// Browser-harness transport: gives the page the same `window.harbor` as the Electron preload,
// over HTTP to 127.0.0.1. The harness's session cookie (HttpOnly: this script never sees it) goes
// along with every same-origin request by itself.
import { methodsOver } from '../../shared/contract/bridge.ts';
import type { ApiMethod, HarborApi, HarborEvent } from '../../shared/contract/index.ts';

async function call(method: ApiMethod, input: unknown): Promise<unknown> {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    if (response.status === 401) {
      return { ok: false, error: { code: 'forbidden', message: 'This browser is no longer signed in to Harbor. Open Harbor again from the address it printed when it started; your writing is saved.' } };
    }
    if (!response.ok) return { ok: false, error: { code: 'forbidden', message: `The harness refused the request (${response.status}).` } };
    return await response.json();
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'Harbor is not running. Start it again; your writing is saved.' } };
  }
}

const listeners = new Set<(event: HarborEvent) => void>();
let source: EventSource | null = null;
function ensureEvents(): void {
  if (source) return;
  source = new EventSource('/events');
  source.onmessage = (message) => {
    const event = JSON.parse(message.data as string) as HarborEvent;
    for (const listener of listeners) listener(event);
  };
}

const api = {
  ...methodsOver(HARBOR_API_METHODS, call),
  onEvent(listener: (event: HarborEvent) => void) {
    ensureEvents();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
} satisfies HarborApi;

Object.defineProperty(window, 'harbor', { value: Object.freeze(api), writable: false, configurable: false });
