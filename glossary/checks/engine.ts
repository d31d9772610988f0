// Runs rule families over a draft and turns raw findings into user-facing findings:
// line/column, both message languages, suppression keys, accepted state and a stable order.
import type { CheckContext, Finding, MessageTable, RawFinding, RuleFamily, SourceLocation } from './types.ts';
import { withParticle } from './message-particles.ts';

/**
 * A template split at its placeholders: literal, then (name, particle, literal) triples. A name of
 * '' is a particle only ({^은}), agreeing with the value filled just before it.
 */
type CompiledTemplate = (string | undefined)[];

// A check fills hundreds of messages from a few dozen templates: each is split once.
const compiled = new Map<string, CompiledTemplate>();

const PLACEHOLDER = /\{(?:(\w+)(?::([^{}]+))?|\^([^{}]+))\}/g;

function compile(template: string): CompiledTemplate {
  let parts = compiled.get(template);
  if (!parts) {
    parts = [];
    let at = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(at, m.index));
      if (m[3] !== undefined) parts.push('', m[3]);
      else parts.push(m[1]!, m[2]);
      at = m.index + m[0].length;
    }
    parts.push(template.slice(at));
    // Stored as literal, (name, particle, literal)…: move each literal after its placeholder.
    const out: CompiledTemplate = [parts[0]];
    for (let i = 1; i < parts.length - 1; i += 3) out.push(parts[i], parts[i + 1], parts[i + 2]);
    parts = out;
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fills {name}, {name:은} (the value and the particle that agrees with how it is read) and {^은}
 * (only the particle, agreeing with the value filled before: '{found}'{^은} → '위화퉁'은).
 */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  const parts = compile(template);
  let out = parts[0]!;
  let last = '';
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i]!;
    const particle = parts[i + 1];
    if (name === '') {
      out += withParticle(last, particle!).slice(last.length);
    } else {
      const value = name in params ? String(params[name]) : `{${name}}`;
      last = value;
      out += particle ? withParticle(value, particle) : value;
    }
    out += parts[i + 2]!;
  }
  return out;
}

/** Line starts of a text, for offset → line/column (1-based) by binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/**
 * What sourceTitle and lineOf work out per source text, for the last few texts: a check asks for
 * them once per finding that points into a source (hundreds), and every keystroke checks the same
 * sources again.
 */
const sourceFacts = new Map<string, { title: string; starts: number[] }>();
const SOURCES_REMEMBERED = 16;

function factsOf(text: string): { title: string; starts: number[] } {
  let facts = sourceFacts.get(text);
  if (!facts) {
    const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
    facts = { title: line.length > 40 ? `${line.slice(0, 39)}…` : line, starts: lineStarts(text) };
    if (sourceFacts.size >= SOURCES_REMEMBERED) sourceFacts.delete(sourceFacts.keys().next().value!);
    sourceFacts.set(text, facts);
  }
  return facts;
}

/** A source's title: its first non-empty line, shortened to 40 characters. */
export function sourceTitle(text: string): string {
  return factsOf(text).title;
}

/** 1-based line of an offset in a text. */
export function lineOf(text: string, offset: number): number {
  return lineColumn(factsOf(text).starts, Math.min(offset, text.length)).line;
}

/** Per check: each source's title and line starts, looked up once for all the findings that point into it. */
type SourceLines = Map<number, { title: string; starts: number[] }>;

function locateInSource(source: NonNullable<RawFinding['source']>, sources: readonly string[], lines: SourceLines): SourceLocation {
  let known = lines.get(source.index);
  if (!known) {
    known = factsOf(sources[source.index] ?? '');
    lines.set(source.index, known);
  }
  // Field by field: a spread per finding costs more than the rest of this function.
  return { index: source.index, start: source.start, end: source.end, title: known.title, line: lineColumn(known.starts, source.start).line };
}

const CONTEXT_CHARS = 8;

/**
 * Suppression key: survives edits elsewhere in the text, changes when the flagged text changes.
 * Findings about the source (term-missing) all sit at the same draft span, so the source text
 * they point at is part of their key.
 */
export function suppressionKey(draft: string, raw: RawFinding, sources: readonly string[] = []): string {
  const before = draft.slice(Math.max(0, raw.start - CONTEXT_CHARS), raw.start);
  const after = draft.slice(raw.end, raw.end + CONTEXT_CHARS);
  const evidence = raw.source ? (sources[raw.source.index] ?? '').slice(raw.source.start, raw.source.end) : '';
  return `${raw.rule}\u241f${draft.slice(raw.start, raw.end)}\u241f${before}\u241f${after}\u241f${evidence}`;
}

const SEVERITY_ORDER = { error: 0, warning: 1, style: 2, info: 3 } as const;

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.messageKey < b.messageKey ? -1 : a.messageKey > b.messageKey ? 1 : 0)
  );
}

export interface RunOptions {
  /** Keys of findings a reviewer accepted; they come back marked accepted (hidden by default). */
  accepted?: ReadonlySet<string>;
}

export function runChecks(families: readonly RuleFamily[], ctx: CheckContext, options: RunOptions = {}): Finding[] {
  const starts = lineStarts(ctx.draft);
  const lines: SourceLines = new Map();
  const findings: Finding[] = [];
  for (const family of families) {
    for (const raw of family.run(ctx)) findings.push(toFinding(raw, family.messages, ctx, starts, lines, options));
  }
  return findings.sort(compareFindings);
}

// toFinding copies a raw finding field by field: a field added to RawFinding must be copied there
// too, and this fails to compile until it is listed here.
type CopiedFields = 'rule' | 'severity' | 'start' | 'end' | 'messageKey' | 'params' | 'suggestion' | 'source';
const everyRawFieldCopied: Exclude<keyof RawFinding, CopiedFields> extends never ? true : false = true;
void everyRawFieldCopied;

function toFinding(
  raw: RawFinding,
  messages: MessageTable,
  ctx: CheckContext,
  starts: number[],
  lines: SourceLines,
  options: RunOptions,
): Finding {
  const template = messages[raw.messageKey];
  if (!template) throw new Error(`rule ${raw.rule}: no message for key "${raw.messageKey}"`);
  const draft = ctx.draft;
  const key = suppressionKey(draft, raw, ctx.sources);
  const { line, column } = lineColumn(starts, raw.start);
  // Field by field, not `{ ...raw }`: spreading was most of the cost of a check with 300 findings.
  const finding: Finding = {
    rule: raw.rule,
    severity: raw.severity,
    start: raw.start,
    end: raw.end,
    messageKey: raw.messageKey,
    line,
    column,
    text: draft.slice(raw.start, raw.end),
    message: { ko: fillTemplate(template.ko, raw.params), en: fillTemplate(template.en, raw.params) },
    key,
    accepted: options.accepted?.has(key) ?? false,
  };
  if (template.zh !== undefined) finding.message.zh = fillTemplate(template.zh, raw.params);
  if ('params' in raw) finding.params = raw.params;
  if ('suggestion' in raw) finding.suggestion = raw.suggestion;
  if (raw.source) finding.source = locateInSource(raw.source, ctx.sources, lines);
  return finding;
}
