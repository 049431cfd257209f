// `npm run reliability`: every reliability and security proof at full size, printed as
// JSON lines of figures ({"name", "value", "want", "ok", ...}), and a non-zero exit if any figure
// is not what it must be. `npm test` runs the same checks smaller (tests/unit/reliability-*.test.ts
// and tests/e2e/no-network.spec.ts). Options: --skip-build (use the existing out/).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCrashTrials } from '../tests/reliability/crash.ts';
import { runWrongTriesBackoff } from '../tests/reliability/backoff.ts';
import { runSpecialFileChecks, runSymlinkWriteChecks, runUnauthenticatedChecks } from '../tests/reliability/hostile-files.ts';
import { runDamagedFileChecks } from '../tests/reliability/damaged-files.ts';
import { reviewBuiltApp } from '../tests/reliability/electron-review.ts';
import { runElectronegativity } from '../tests/reliability/electronegativity.ts';
import { runFuzz } from '../tests/reliability/fuzz.ts';
import { makeTempDir } from '../tests/support/temp-dir.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const KILLS = Number(process.env.HARBOR_CRASH_KILLS ?? 50);
const FUZZ_PAYLOADS = Number(process.env.HARBOR_FUZZ_PAYLOADS ?? 10_000);
const WRONG_TRIES = 100;
const SPECIAL_ROUNDS = 20;

let failures = 0;

/** One figure: what was measured, what it must be, and whether it is. */
function figure(part: string, name: string, value: number | boolean | string, want: string, ok: boolean, extra: Record<string, unknown> = {}): void {
  if (!ok) failures++;
  console.log(JSON.stringify({ name, value, want, ok, part, ...extra }));
}

function step(title: string): void {
  console.error(`\n— ${title}`);
}

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const started = Date.now();
  const value = await run();
  return [value, Math.round((Date.now() - started) / 100) / 10];
}

if (!process.argv.includes('--skip-build')) {
  step('building the app (electron-vite build)');
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error('The build failed; the security review and the e2e test need it.');
    process.exit(1);
  }
}

step(`crash safety: ${KILLS} SIGKILLs while saving`);
const [crash, crashSeconds] = await timed(() => runCrashTrials({ kills: KILLS, onProgress: (n) => process.stderr.write(n % 10 === 0 ? `${n}` : '.') }));
figure('crash', 'kills_survived', crash.kills_survived, `= ${KILLS}`, crash.kills_survived === KILLS, { seconds: crashSeconds });
figure('crash', 'acknowledged_saves', crash.acknowledged_saves, '> 0', crash.acknowledged_saves > 0);
figure('crash', 'acknowledged_saves_lost', crash.acknowledged_saves_lost, '= 0', crash.acknowledged_saves_lost === 0);
figure('crash', 'half_written_days', crash.half_written_days, '= 0', crash.half_written_days === 0);
figure('crash', 'integrity_failures', crash.integrity_failures, '= 0', crash.integrity_failures === 0);
figure('crash', 'unlock_failures', crash.unlock_failures, '= 0', crash.unlock_failures === 0);
figure('crash', 'in_flight_saves_committed', crash.in_flight_committed, 'either is fine', true, { not_committed: crash.in_flight_not_committed, kills_before_ready: crash.kills_before_ready });
for (const problem of crash.problems.slice(0, 10)) console.error(`  crash: ${problem}`);

step(`IPC fuzzing: ${FUZZ_PAYLOADS} payloads unlocked, ${FUZZ_PAYLOADS} locked`);
const [unlocked, unlockedSeconds] = await timed(() => runFuzz({ state: 'unlocked', payloads: FUZZ_PAYLOADS, seed: 101 }));
const [locked, lockedSeconds] = await timed(() => runFuzz({ state: 'locked', payloads: FUZZ_PAYLOADS, seed: 202 }));
const both = [unlocked, locked];
const sum = (key: 'fuzz_payloads' | 'uncaught_errors' | 'malformed_results' | 'wrong_error_codes' | 'internal_errors' | 'bad_outputs' | 'content_changed_by_invalid' | 'valid_sent' | 'rejected_as_invalid') =>
  both.reduce((n, f) => n + f[key], 0);
figure('fuzz', 'fuzz_payloads', sum('fuzz_payloads'), `>= ${FUZZ_PAYLOADS} per state`, unlocked.fuzz_payloads >= FUZZ_PAYLOADS && locked.fuzz_payloads >= FUZZ_PAYLOADS, {
  unlocked: unlocked.fuzz_payloads,
  locked: locked.fuzz_payloads,
  methods: unlocked.methods_fuzzed,
  rejected_as_invalid: sum('rejected_as_invalid'),
  valid_sent: sum('valid_sent'),
  seconds: Math.round((unlockedSeconds + lockedSeconds) * 10) / 10,
});
figure('fuzz', 'uncaught_errors', sum('uncaught_errors'), '= 0', sum('uncaught_errors') === 0);
figure('fuzz', 'untyped_or_malformed_results', sum('malformed_results'), '= 0', sum('malformed_results') === 0);
figure('fuzz', 'invalid_payloads_not_refused', sum('wrong_error_codes'), '= 0', sum('wrong_error_codes') === 0);
figure('fuzz', 'internal_errors_on_valid_payloads', sum('internal_errors'), '= 0', sum('internal_errors') === 0);
figure('fuzz', 'outputs_not_matching_schema', sum('bad_outputs'), '= 0', sum('bad_outputs') === 0);
figure('fuzz', 'content_changed_by_invalid_payloads', sum('content_changed_by_invalid'), '= 0', sum('content_changed_by_invalid') === 0);
figure('fuzz', 'prototype_polluted', both.some((f) => f.prototype_polluted), 'false', !both.some((f) => f.prototype_polluted));
for (const problem of both.flatMap((f) => f.problems).slice(0, 10)) console.error(`  fuzz: ${problem}`);

step('wrong keys and damaged files');
const [damage, damageSeconds] = await timed(() => runDamagedFileChecks({ wrongTries: WRONG_TRIES }));
figure('damage', 'wrong_key_tries', damage.wrong_key_tries, `>= ${WRONG_TRIES}`, damage.wrong_key_tries >= WRONG_TRIES, { seconds: damageSeconds });
figure('damage', 'wrong_key_unlocked', damage.wrong_key_unlocked, '= 0', damage.wrong_key_unlocked === 0);
figure('damage', 'wrong_passphrase_distinct_messages', damage.wrong_passphrase_distinct_messages, '= 1', damage.wrong_passphrase_distinct_messages === 1);
figure('damage', 'files_changed', damage.files_changed, '= 0', damage.files_changed === 0);
figure('damage', 'damaged_cases_clear', damage.damaged_cases_clear, `= ${damage.damaged_cases}`, damage.damaged_cases_clear === damage.damaged_cases);
figure('damage', 'silent_empty_journals', damage.silent_empty_journals, '= 0', damage.silent_empty_journals === 0);
for (const c of damage.cases.filter((c) => !c.ok)) console.error(`  damage: ${c.name}: ${c.code} ${c.message} ${c.notes.join('; ')}`);

step(`the wait between wrong passphrases: ${WRONG_TRIES} wrong tries on a test clock`);
const [backoff, backoffSeconds] = await timed(() => runWrongTriesBackoff({ tries: WRONG_TRIES }));
// 1 + 2 + 4 + 8 + 16 s before the 6th to 10th tries, then 30 s before each later one.
const wantBackoff = 31 + Math.max(0, WRONG_TRIES - 10) * 30;
figure('backoff', 'wrong_tries_backoff_s', backoff.wrong_tries_backoff_s, `= ${wantBackoff}`, backoff.wrong_tries_backoff_s === wantBackoff, {
  wrong_tries: backoff.wrong_tries,
  first_waits_s: backoff.waits_s.slice(0, 11),
  seconds: backoffSeconds,
});
figure('backoff', 'early_tries_not_refused', backoff.early_tries - backoff.early_tries_refused, '= 0', backoff.early_tries > 0 && backoff.early_tries === backoff.early_tries_refused, { early_tries: backoff.early_tries });
figure('backoff', 'files_changed_besides_counter', backoff.files_changed_besides_counter.length, '= 0', backoff.files_changed_besides_counter.length === 0);
figure('backoff', 'wait_kept_across_restart', backoff.wait_kept_across_restart, 'true', backoff.wait_kept_across_restart);
figure('backoff', 'right_passphrase_after_wait_opens', backoff.right_passphrase_opened, 'true', backoff.right_passphrase_opened);

step(`strangers and hostile files: requests without the harness's cookie, ${SPECIAL_ROUNDS} rounds of special files picked in the restore dialog, links where Harbor writes`);
const [strangers, strangersSeconds] = await timed(() => runUnauthenticatedChecks());
figure('hostile', 'unauthenticated_requests_served', strangers.unauthenticated_requests_served, '= 0', strangers.unauthenticated_requests_tried > 0 && strangers.unauthenticated_requests_served === 0, {
  tried: strangers.unauthenticated_requests_tried,
  what: 'page, coping page, every asset, every API method and the event stream, after data was written',
  served: strangers.served.slice(0, 10),
  seconds: strangersSeconds,
});
figure('hostile', 'secrets_in_response_bodies', strangers.secrets_in_bodies, '= 0', strangers.secrets_in_bodies === 0);
const [special, specialSeconds] = await timed(() => runSpecialFileChecks({ rounds: SPECIAL_ROUNDS }));
figure('hostile', 'special_files_tried', special.special_files_tried, `= ${special.special_files_refused} refused`, special.special_files_tried > 0 && special.special_files_tried === special.special_files_refused, {
  kinds: special.kinds,
  problems: special.problems.slice(0, 5),
  seconds: specialSeconds,
});
figure('hostile', 'main_blocked_max_ms', special.main_blocked_max_ms, '< 1000', special.pings > 0 && special.main_blocked_max_ms < 1000, { pings: special.pings, how: 'longest answer to an IPC ping of the built main process (electron stand-in) while the restore dialog handed over each file' });
const links = await runSymlinkWriteChecks();
figure('hostile', 'symlink_writes_followed', links.symlink_writes_followed, '= 0', links.symlink_writes_tried > 0 && links.symlink_writes_followed === 0, {
  tried: links.symlink_writes_tried,
  not_written_in_this_run: links.links_left_in_place,
});

step('no network: every screen in the browser harness (Playwright)');
const out = makeTempDir('harbor-reliability-');
try {
  const figuresFile = join(out.dir, 'no-network.json');
  const e2e = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.config.ts', 'tests/e2e/no-network.spec.ts', '--reporter=line'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HARBOR_RELIABILITY_OUT: figuresFile },
  });
  let network: { external_requests: number; requests_recorded: number; screens_visited: number; external: string[] } | null = null;
  try {
    network = JSON.parse(readFileSync(figuresFile, 'utf8'));
  } catch {
    network = null;
  }
  figure('network', 'external_requests', network?.external_requests ?? 'not measured', '= 0', e2e.status === 0 && network?.external_requests === 0, {
    requests_recorded: network?.requests_recorded,
    screens_visited: network?.screens_visited,
    app: 'the Electron session refuses non-app URLs: tests/unit/electron-layer.test.ts',
  });
} finally {
  rmSync(out.dir, { recursive: true, force: true });
}

step('Electron security review of the built app, and electronegativity on src/');
const items = reviewBuiltApp();
const failed = items.filter((i) => !i.ok);
figure('electron', 'electron_checklist_failed', failed.length, '= 0', failed.length === 0, {
  items_checked: items.length,
  checklist_items_covered: new Set(items.map((i) => i.number).filter((n) => n > 0)).size,
  failed: failed.map((i) => `${i.number} ${i.title}: ${i.detail}`),
});
try {
  const report = await runElectronegativity();
  figure('electron', 'electronegativity_findings', report.unexpected.length, '= 0 beyond the allowlist', report.unexpected.length === 0 && report.parseErrors.every((e) => e.tolerable), {
    accepted_with_reason: report.accepted.length,
    files_scanned: report.filesScanned,
    checks: report.checks,
    parse_errors: report.parseErrors.length,
    stale_allowlist_entries: report.stale.length,
    unexpected: report.unexpected.map((f) => `${f.id} ${f.file}:${f.line}`),
  });
} catch (error) {
  figure('electron', 'electronegativity_findings', 'blocked', '= 0', false, { reason: String(error).slice(0, 500) });
}

console.log(JSON.stringify({ name: 'reliability_ok', value: failures === 0, failures }));
process.exit(failures === 0 ? 0 : 1);
