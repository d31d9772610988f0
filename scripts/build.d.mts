export declare function buildBundle(name: 'cli' | 'server' | 'worker'): Promise<string>;
export declare function ensureBundles(
  names: ('cli' | 'server' | 'worker')[],
  options?: { force?: boolean; log?: (message: string) => void },
): Promise<string[]>;
