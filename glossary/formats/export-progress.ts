// Progress of an export, reported every so many concepts (and at the end), not per concept.
export type ExportProgress = (done: number, total: number) => void;

const EVERY = 1_000;

export function reportEvery(onProgress: ExportProgress | undefined, done: number, total: number): void {
  if (onProgress && (done % EVERY === 0 || done === total)) onProgress(done, total);
}
