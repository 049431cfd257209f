// Playwright's list reporter shows skipped tests but not why. This prints each distinct skip
// reason once, so a run without an Electron binary says so plainly.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip')?.description || 'no reason given';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.reasons) console.log(`\n  ${count} skipped — ${reason}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
