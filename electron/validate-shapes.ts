// Small composable type guards for arguments arriving over HTTP or IPC. Each check throws an
// InputError naming the method and the field path (e.g. "saveArticle: sources[1].title must be a
// string"), so a bad request is answered with a message a developer can act on.
import { InputError } from '../glossary/errors.ts';

export type Check = (value: unknown, path: string, method: string) => void;

/** Marks a field that may be absent (undefined). */
export interface OptionalCheck {
  optional: true;
  check: Check;
}

export type Shape = Record<string, Check | OptionalCheck>;

function fail(method: string, path: string, problem: string): never {
  throw new InputError(method, `${path || 'argument'} ${problem}`);
}

export const optional = (check: Check): OptionalCheck => ({ optional: true, check });

export const string = (options: { maxLength?: number; nonEmpty?: boolean } = {}): Check => (value, path, method) => {
  if (typeof value !== 'string') fail(method, path, 'must be a string');
  if (options.nonEmpty && value.trim() === '') fail(method, path, 'must not be empty');
  if (options.maxLength !== undefined && value.length > options.maxLength) {
    fail(method, path, `must be at most ${options.maxLength} characters`);
  }
};

export const integer = (options: { min?: number; max?: number } = {}): Check => (value, path, method) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(method, path, 'must be an integer');
  if (options.min !== undefined && value < options.min) fail(method, path, `must be at least ${options.min}`);
  if (options.max !== undefined && value > options.max) fail(method, path, `must be at most ${options.max}`);
};

export const positiveNumber: Check = (value, path, method) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(method, path, 'must be a positive number');
};

export const boolean: Check = (value, path, method) => {
  if (typeof value !== 'boolean') fail(method, path, 'must be true or false');
};

export const nullable = (check: Check): Check => (value, path, method) => {
  if (value !== null) check(value, path, method);
};

export const oneOf = (allowed: readonly string[]): Check => (value, path, method) => {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(method, path, `must be one of ${allowed.join(', ')}`);
};

/** A calendar date YYYY-MM-DD that exists: 2024-02-29 yes, 2023-02-29 and 2024-02-31 no. */
export const isoDate: Check = (value, path, method) => {
  string()(value, path, method);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value as string);
  if (!match) fail(method, path, 'must be a date like 2024-06-21');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    fail(method, path, `"${value as string}" is not a date of the calendar (like 2024-06-21)`);
  }
};

export const arrayOf = (item: Check, options: { maxItems?: number } = {}): Check => (value, path, method) => {
  if (!Array.isArray(value)) fail(method, path, 'must be an array');
  if (options.maxItems !== undefined && value.length > options.maxItems) fail(method, path, `must have at most ${options.maxItems} items`);
  value.forEach((element, index) => item(element, `${path}[${index}]`, method));
};

/** A plain object with exactly these fields: unknown fields are refused, not silently dropped. */
export const object = (shape: Shape): Check => (value, path, method) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(method, path, 'must be an object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(shape, key)) fail(method, path ? `${path}.${key}` : key, 'is not a known field');
  }
  for (const [key, rule] of Object.entries(shape)) {
    const fieldPath = path ? `${path}.${key}` : key;
    const fieldValue = record[key];
    if (typeof rule === 'function') {
      if (fieldValue === undefined) fail(method, fieldPath, 'is required');
      rule(fieldValue, fieldPath, method);
    } else if (fieldValue !== undefined) {
      rule.check(fieldValue, fieldPath, method);
    }
  }
};

/** Methods without an argument accept nothing (undefined or null). */
export const none: Check = (value, path, method) => {
  if (value !== undefined && value !== null) fail(method, path, 'must be absent: this method takes no argument');
};
