export interface TestResult { status: 'passed' | 'failed' | 'skipped' | 'todo'; title: string; reason?: string; error?: string }
export declare const NO_ELECTRON: string;
export declare function unitResults(file: string): TestResult[];
export declare function e2eResults(file: string): TestResult[];
export declare function summarize(runs: [string, TestResult[]][]): { ok: boolean; problems: string[]; line: string };
