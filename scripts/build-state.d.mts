export declare const repoRoot: string;
export declare const BUNDLES: { cli: string; server: string; worker: string };
export declare function inputsFileOf(bundle: string): string;
export declare function staleReason(bundle: string): string | null;
