export declare const TEST_PACKAGES: { name: string; usedBy: string }[];
export declare function installCommand(names: string[], options: { sudo: boolean }): string;
export declare function missingPackages(names: string[], env?: NodeJS.ProcessEnv): string[] | null;
export declare function preflight(options?: {
  env?: NodeJS.ProcessEnv;
  isRoot?: boolean;
  log?: (message: string) => void;
}): { ok: true; installed: string[]; message?: undefined } | { ok: false; message: string; installed?: undefined };
