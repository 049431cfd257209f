// The parts of @doyensec/electronegativity (plain JavaScript, no types) that the runner uses.
declare module '@doyensec/electronegativity' {
  interface Level {
    name?: string;
    value: number;
  }
  export interface Issue {
    id: string;
    file: string;
    location: { line: number; column: number };
    severity: Level;
    confidence: Level;
    sample?: string;
    description: string;
    manualReview?: boolean;
  }
  export interface RunOptions {
    input: string;
    electronVersionOverride?: string;
    excludeFromScan?: string[];
    customScan?: string[];
    isRelative?: boolean;
  }
  export default function run(options: RunOptions): Promise<{
    globalChecks: number;
    atomicChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: Issue[];
  }>;
}

declare module '@doyensec/electronegativity/dist/util/index.js' {
  export function list_files(input: string): Promise<string[]>;
}
