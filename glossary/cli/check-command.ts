// `donghyang check DRAFT [--source FILE]... [--glossary FILE] [--rate N] [--json]`.
import path from 'node:path';
import type { Command } from 'commander';
import type { CheckResult } from '../api.ts';
import { readUserFile, withService } from './context.ts';

type Out = (text: string) => void;

interface CheckOptions {
  source: string[];
  glossary?: string;
  rate?: string;
  json?: boolean;
  lang: 'ko' | 'en' | 'zh';
}

function parseRate(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const rate = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(rate) || rate <= 0) throw new Error(`--rate: "${text}" is not a positive number (CNY→KRW, e.g. 189.9)`);
  return rate;
}

export function registerCheckCommand(program: Command, out: Out): void {
  program
    .command('check')
    .argument('<draft>', 'a Korean draft: one article or a whole issue (text or Markdown)')
    .option('--source <file>', 'a Chinese source of the draft (repeatable)', (file: string, all: string[]) => [...all, file], [])
    .option('--glossary <file>', 'use this glossary file (TBX/CSV/XLSX) instead of the database')
    .option('--rate <n>', 'the issue’s CNY→KRW exchange rate (default: the rate most of the draft’s own conversions agree with)')
    .option('--json', 'print {"findings":[…]} as JSON')
    .option('--lang <lang>', 'message language: ko, en or zh', 'ko')
    .description('check a draft for terminology, numbers, currency, spacing and particles')
    .action(async (draftFile: string, opts: CheckOptions, command: Command) => {
      const draft = readUserFile(draftFile).toString('utf8');
      const sources = opts.source.map((file) => readUserFile(file).toString('utf8'));
      const rate = parseRate(opts.rate);
      let result: CheckResult;
      if (opts.glossary) {
        // Loaded here, not at start-up: `donghyang --help` stays instant.
        const [{ parseGlossaryFile }, { buildRecognizer }, { checkWithRate, indexConceptInputs }] = await Promise.all([
          import('../formats/index.ts'),
          import('../match/index.ts'),
          import('../checks/index.ts'),
        ]);
        const inputs = await parseGlossaryFile(path.basename(opts.glossary), readUserFile(opts.glossary));
        const recognizer = buildRecognizer(indexConceptInputs(inputs));
        result = checkWithRate({ draft, sources, rate, issueDrafts: [draft], recognizer, archive: [], accepted: new Set() });
      } else {
        result = await withService(command, (service) => service.checkText({ draft, sources, rate }));
      }
      out(opts.json ? formatJson(result, opts.lang) : formatText(draftFile, result, opts.lang));
    });
}

function messageIn(message: { ko: string; en: string; zh?: string }, lang: 'ko' | 'en' | 'zh'): string {
  return message[lang] ?? message.en;
}

function formatJson(result: CheckResult, lang: 'ko' | 'en' | 'zh'): string {
  const findings = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    line: f.line,
    column: f.column,
    start: f.start,
    end: f.end,
    text: f.text,
    message: messageIn(f.message, lang),
    suggestion: f.suggestion ?? null,
    ...(f.source ? { source: f.source } : {}),
  }));
  return `${JSON.stringify({ findings, rate: result.rate, rateSource: result.rateSource }, null, 2)}\n`;
}

function formatText(file: string, result: CheckResult, lang: 'ko' | 'en' | 'zh'): string {
  const lines = result.findings.map((f) => {
    const fix = f.suggestion !== undefined ? `  → ${f.suggestion}` : '';
    return `${file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${messageIn(f.message, lang)}${fix}`;
  });
  const counts = new Map<string, number>();
  for (const f of result.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const summary = ['error', 'warning', 'style', 'info'].map((s) => `${counts.get(s) ?? 0} ${s}`).join(', ');
  const rate =
    result.rateSource === 'none'
      ? 'no exchange rate'
      : `rate ${result.rate} (${result.rateSource === 'issue' ? 'given' : 'the rate most of the draft’s own conversions agree with'})`;
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${result.findings.length} findings: ${summary}; ${rate}\n`;
}
