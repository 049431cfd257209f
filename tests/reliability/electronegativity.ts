// @doyensec/electronegativity on src/, with an allowlist of reviewed findings (each with a reason).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './electron-review.ts';

export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  sample: string;
  description: string;
}

interface Accepted {
  id: string;
  file: string;
  sample?: string;
  reason: string;
}

export interface ElectronegativityReport {
  filesScanned: number;
  checks: number;
  parseErrors: { file: string; message: string; tolerable: boolean }[];
  findings: Finding[];
  accepted: (Finding & { reason: string })[];
  /** Findings not in the allowlist: these fail the check. */
  unexpected: Finding[];
  /** Allowlist entries no finding matched any more (safe to delete). */
  stale: Accepted[];
}

const child = fileURLToPath(new URL('./electronegativity-child.ts', import.meta.url));
export const allowlistPath = fileURLToPath(new URL('./electronegativity-allowlist.json', import.meta.url));

export async function runElectronegativity(input = join(root, 'src')): Promise<ElectronegativityReport> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const electronVersion = pkg.devDependencies.electron!.replace(/^[\^~]/, '');
  const output = await new Promise<string>((resolve, reject) => {
    const proc = spawn(process.execPath, [child, input, electronVersion], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`electronegativity exited with ${code}: ${stderr.slice(-2000)}`))));
  });
  const line = output.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`electronegativity printed no result: ${output.slice(0, 1000)}`);
  const result = JSON.parse(line) as { filesScanned: number; checks: number; errors: ElectronegativityReport['parseErrors']; issues: Finding[] };
  const allowlist = (JSON.parse(readFileSync(allowlistPath, 'utf8')) as { accepted: Accepted[] }).accepted;
  const matches = (entry: Accepted, finding: Finding) =>
    entry.id === finding.id && entry.file === finding.file && (entry.sample === undefined || finding.sample.includes(entry.sample));
  const accepted: ElectronegativityReport['accepted'] = [];
  const unexpected: Finding[] = [];
  for (const finding of result.issues) {
    const entry = allowlist.find((a) => matches(a, finding));
    if (entry) accepted.push({ ...finding, reason: entry.reason });
    else unexpected.push(finding);
  }
  return {
    filesScanned: result.filesScanned,
    checks: result.checks,
    parseErrors: result.errors,
    findings: result.issues,
    accepted,
    unexpected,
    stale: allowlist.filter((entry) => !result.issues.some((finding) => matches(entry, finding))),
  };
}
