// The evaluation corpus (glossary/eval/corpus): Chinese source / Korean draft pairs written for this
// project, each with an expectations file. Layout per pair NN-slug:
//   NN-slug.zh.txt      the Chinese source (several sources are separated by a line `=== source`)
//   NN-slug.ko.txt      the Korean draft
//   NN-slug.expect.tsv  one expectation a line, tab-separated:
//     #rate<TAB>190                     the exchange rate (absent: derived from the draft)
//     slip<TAB>RULE<TAB>TEXT<TAB>FIX    a planted slip: RULE must flag exactly TEXT; FIX is the
//                                       expected suggestion ('-' when none is expected)
//     ok<TAB>TEXT<TAB>WHY               a correct construction: no error, warning or style finding
//                                       may touch any occurrence of TEXT
import fs from 'node:fs';
import path from 'node:path';
import { parseGlossaryFile } from '../formats/index.ts';
import { buildRecognizer } from '../match/index.ts';
import { indexConceptInputs } from '../checks/index.ts';
import { RULE_IDS, type RuleId, type TermRecognizer } from '../checks/types.ts';

export const CORPUS_DIR = path.join(import.meta.dirname, 'corpus');

export interface Slip {
  rule: RuleId;
  text: string;
  fix: string | undefined;
  line: number;
}
export interface Correct {
  text: string;
  why: string;
  line: number;
}
export interface Pair {
  name: string;
  sources: string[];
  draft: string;
  rate: number | undefined;
  slips: Slip[];
  correct: Correct[];
}

function fail(file: string, line: number, problem: string): never {
  throw new Error(`${file}:${line}: ${problem}`);
}

export function parseExpectations(file: string, text: string, draft: string): Omit<Pair, 'name' | 'sources' | 'draft'> {
  const out: Omit<Pair, 'name' | 'sources' | 'draft'> = { rate: undefined, slips: [], correct: [] };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const cells = raw.split('\t');
    const kind = cells[0]!;
    if (kind === '#rate') {
      const rate = Number(cells[1]);
      if (!(rate > 0)) fail(file, line, `rate "${cells[1]}" is not a positive number`);
      out.rate = rate;
    } else if (kind.startsWith('#')) {
      return;
    } else if (kind === 'slip') {
      const [, rule, slipText, fix] = cells;
      if (!RULE_IDS.includes(rule as RuleId)) fail(file, line, `unknown rule "${rule}"`);
      if (!slipText || !draft.includes(slipText)) fail(file, line, `slip text "${slipText}" is not in the draft`);
      if (fix === undefined) fail(file, line, 'a slip needs a fix column (- for none)');
      out.slips.push({ rule: rule as RuleId, text: slipText, fix: fix === '-' ? undefined : fix, line });
    } else if (kind === 'ok') {
      const [, okText, why = ''] = cells;
      if (!okText || !draft.includes(okText)) fail(file, line, `correct text "${okText}" is not in the draft`);
      out.correct.push({ text: okText, why, line });
    } else {
      fail(file, line, `unknown line kind "${kind}" (slip, ok or #rate)`);
    }
  });
  return out;
}

export function loadCorpus(dir = CORPUS_DIR): Pair[] {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.ko.txt')).map((f) => f.slice(0, -'.ko.txt'.length)).sort();
  return names.map((name) => {
    const draft = fs.readFileSync(path.join(dir, `${name}.ko.txt`), 'utf8');
    const zhFile = path.join(dir, `${name}.zh.txt`);
    const sources = fs.existsSync(zhFile) ? fs.readFileSync(zhFile, 'utf8').split(/^=== source\n/m) : [];
    const expectFile = path.join(dir, `${name}.expect.tsv`);
    const expectations = parseExpectations(expectFile, fs.readFileSync(expectFile, 'utf8'), draft);
    return { name, sources, draft, ...expectations };
  });
}

/** The seed glossary plus the corpus's own entries (names its sources use). */
export async function loadEvalRecognizer(): Promise<TermRecognizer> {
  const root = path.join(import.meta.dirname, '..', '..');
  const seed = await parseGlossaryFile('seed-glossary.csv', fs.readFileSync(path.join(root, 'resources', 'seed-glossary.csv')));
  const extra = await parseGlossaryFile('glossary.csv', fs.readFileSync(path.join(import.meta.dirname, 'glossary.csv')));
  return buildRecognizer(indexConceptInputs([...seed, ...extra]));
}
