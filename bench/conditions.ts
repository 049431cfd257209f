// What the browser benches share: the conditions they measure under, stated on every line.
// "busy": one CPU-bound neighbour process per core runs for the whole measurement, as on a
// person's old laptop with something else going on. "idle": no neighbour of the bench's own (the
// machine may still be shared: the 1-minute load average is printed with every figure).
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

export type Condition = 'idle' | 'busy';

export const round = (n: number) => Math.round(n * 10) / 10;
export const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const loadAverage = () => Math.round(loadavg()[0]! * 100) / 100;
export const emit = (line: Record<string, unknown>) => console.log(JSON.stringify({ ...line, loadAverage: loadAverage() }));

/** Starts one busy-looping process per core; `stop` ends exactly those processes. */
export function startBusyNeighbours(): { count: number; stop(): Promise<void> } {
  const children: ChildProcess[] = [];
  for (let i = 0; i < availableParallelism(); i++) {
    children.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  }
  return {
    count: children.length,
    stop: async () => {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGKILL');
            }),
        ),
      );
    },
  };
}

/** Runs `measure` with no neighbour, then with the busy neighbours, and returns both results. */
export async function idleAndBusy<T>(measure: (condition: Condition) => Promise<T>): Promise<Record<Condition, T> & { neighbours: number }> {
  const idle = await measure('idle');
  const neighbours = startBusyNeighbours();
  try {
    const busy = await measure('busy');
    return { idle, busy, neighbours: neighbours.count };
  } finally {
    await neighbours.stop();
  }
}
