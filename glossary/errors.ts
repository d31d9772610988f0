// One error type for bad input: it always names the file, and the line/column when known,
// so the CLI and the UI can say exactly where the problem is.

export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly problem: string;

  constructor(file: string, problem: string, position?: { line?: number; column?: number }) {
    const where = position?.line !== undefined
      ? `${file}:${position.line}${position.column !== undefined ? `:${position.column}` : ''}`
      : file;
    super(`${where}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.problem = problem;
    this.line = position?.line;
    this.column = position?.column;
  }
}

/** A thing asked for by id (concept, issue, article, import preview…) that does not exist. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** A save based on a revision someone else has since changed: nothing was written. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The call needs an explicit confirmation (`confirm: true`) because of what it would pass over. */
export class ConfirmationNeeded extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfirmationNeeded';
  }
}
