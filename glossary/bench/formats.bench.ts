// Glossary import/export timings on a synthetic glossary of about 45,000 concepts (zh simplified +
// traditional, ko, en, with definitions and notes): TBX export and import (the TBX is just under
// the 50 MB import limit, the worst case an editor can load), CSV export and import.
import { performance } from 'node:perf_hooks';
import type { ConceptInput } from '../model.ts';
import { exportCsv, exportTbx, MAX_IMPORT_BYTES, parseGlossaryFile } from '../formats/index.ts';

const CONCEPTS = 45_000;

function syntheticGlossary(n: number): ConceptInput[] {
  const hanzi = '专精特新亿华通揭榜制人工智能量子科技创新产业政策发展';
  const hangul = '전정특신위화퉁경쟁형과제인공지능양자과학기술혁신산업정책';
  const pick = (from: string, i: number, length: number): string =>
    Array.from({ length }, (_, k) => from[(i * 7 + k * 13) % from.length]).join('');
  return Array.from({ length: n }, (_, i) => ({
    category: 'technology',
    definition: `${pick(hanzi, i, 12)} — 정의 ${i}`,
    note: i % 3 === 0 ? `2024-06-21 호 ${i}` : undefined,
    approval: i % 2 === 0 ? 'approved' : 'proposed',
    externalId: `t${i}`,
    terms: [
      { lang: 'zh', text: `${pick(hanzi, i, 4)}${i}`, status: 'preferred' },
      { lang: 'zh-Hant', text: `${pick(hanzi, i + 1, 4)}${i}`, status: 'preferred' },
      { lang: 'ko', text: `${pick(hangul, i, 4)}${i}`, status: 'preferred', established: i % 10 === 0 },
      { lang: 'en', text: `term number ${i}`, status: 'admitted', partOfSpeech: 'noun' },
    ],
  }));
}

async function time<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - start), value };
}

function report(bench: string, metric: Record<string, number | string>): void {
  console.log(JSON.stringify({ bench, ...metric }));
}

export async function run(): Promise<void> {
  let glossary = syntheticGlossary(CONCEPTS);
  const encoder = new TextEncoder();

  let tbx = await time(() => encoder.encode(exportTbx(glossary)));
  if (tbx.value.byteLength > MAX_IMPORT_BYTES) {
    // The export has grown past the limit: as many concepts as fit, with 1% to spare.
    glossary = glossary.slice(0, Math.floor((glossary.length * MAX_IMPORT_BYTES * 0.99) / tbx.value.byteLength));
    tbx = await time(() => encoder.encode(exportTbx(glossary)));
  }
  report('formats.tbx-export-45k', { ms: tbx.ms, concepts: glossary.length, mb: +(tbx.value.byteLength / 2 ** 20).toFixed(1), target: 'ms <= 5000' });
  const tbxImport = await time(() => parseGlossaryFile('bench.tbx', tbx.value));
  report('formats.tbx-import-45k', { ms: tbxImport.ms, concepts: tbxImport.value.length, target: 'ms <= 15000' });

  const csv = await time(() => encoder.encode(exportCsv(glossary)));
  report('formats.csv-export-45k', { ms: csv.ms, mb: +(csv.value.byteLength / 2 ** 20).toFixed(1), target: 'ms <= 3000' });
  const csvImport = await time(() => parseGlossaryFile('bench.csv', csv.value));
  report('formats.csv-import-45k', { ms: csvImport.ms, concepts: csvImport.value.length, target: 'ms <= 5000' });
}
