// Screens with unsaved work (the journal draft) register a saver here. Every lock awaits
// flushBeforeLock() first: the Lock button's, and main's ('before-lock'), which the shell answers
// by locking the same way; main waits for that lock.

type BeforeLock = () => Promise<void> | void;

const savers = new Set<BeforeLock>();

/** Returns a function that unregisters the saver (use it as a useEffect cleanup). */
export function registerBeforeLock(fn: BeforeLock): () => void {
  savers.add(fn);
  return () => {
    savers.delete(fn);
  };
}

/** Runs every saver; one failing saver does not stop the others, and never stops the lock. */
export async function flushBeforeLock(): Promise<void> {
  await Promise.allSettled([...savers].map(async (fn) => fn()));
}
