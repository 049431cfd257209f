// The hostile-file and stranger figures of `npm run reliability`, smaller: no request without the
// harness's cookie is served, special files picked in the restore dialog are refused while main (the
// built bundle under the electron stand-in; run `npx electron-vite build` first) keeps answering,
// and no link planted where Harbor writes is written through.
import { describe, expect, it } from 'vitest';
import { runSpecialFileChecks, runSymlinkWriteChecks, runUnauthenticatedChecks } from '../reliability/hostile-files.ts';

describe('reliability: strangers and hostile files', () => {
  it('serves nothing to a client without the cookie, and no secret in any body', async () => {
    const figures = await runUnauthenticatedChecks();
    expect(figures.unauthenticated_requests_tried).toBeGreaterThan(100);
    expect(figures.served).toEqual([]);
    expect(figures.unauthenticated_requests_served).toBe(0);
    expect(figures.secrets_in_bodies).toBe(0);
  }, 60_000);

  it.skipIf(process.platform === 'win32')('refuses FIFOs, devices, folders, links and a 10 GB sparse file picked in the restore dialog while main keeps answering', async () => {
    const figures = await runSpecialFileChecks({ rounds: 1 });
    expect(figures.problems).toEqual([]);
    expect(figures.special_files_tried).toBeGreaterThanOrEqual(9);
    expect(figures.special_files_refused).toBe(figures.special_files_tried);
    expect(figures.pings).toBeGreaterThan(0);
    expect(figures.main_blocked_max_ms).toBeLessThan(1_000);
  }, 60_000);

  it.skipIf(process.platform === 'win32')('writes through no symbolic link planted in the data folder', async () => {
    const figures = await runSymlinkWriteChecks();
    expect(figures.symlink_writes_tried).toBeGreaterThanOrEqual(3);
    expect(figures.symlink_writes_followed).toBe(0);
  }, 60_000);
});
