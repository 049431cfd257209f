// The lock guard decides whether a journal draft is saved before Harbor locks.
import { describe, expect, it } from 'vitest';
import { flushBeforeLock, registerBeforeLock } from '../../src/renderer/src/api/lock-guard.ts';

describe('lock guard', () => {
  it('awaits every registered saver before the flush resolves', async () => {
    const done: string[] = [];
    const offA = registerBeforeLock(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      done.push('a');
    });
    const offB = registerBeforeLock(() => {
      done.push('b');
    });
    await flushBeforeLock();
    expect(done.sort()).toEqual(['a', 'b']);
    offA();
    offB();
  });

  it('keeps going when one saver fails, and unregistered savers do not run', async () => {
    const done: string[] = [];
    const offFailing = registerBeforeLock(() => Promise.reject(new Error('disk full')));
    const offGone = registerBeforeLock(() => {
      done.push('gone');
    });
    offGone();
    const offOk = registerBeforeLock(() => {
      done.push('ok');
    });
    await expect(flushBeforeLock()).resolves.toBeUndefined();
    expect(done).toEqual(['ok']);
    offFailing();
    offOk();
  });
});
