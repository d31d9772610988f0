// Publishing the sample issue: PDF export, the first (the browser starts, target ≤ 15 s) and the
// next ones (the browser is warm, target ≤ 5 s each), with the time of each step; DOCX and HTML
// exports; LibreOffice's DOCX→PDF for comparison when it is installed.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closePrinter } from '../bulletin/chromium-printer.ts';
import { exportDocx } from '../bulletin/export-docx.ts';
import { exportHtml } from '../bulletin/export-html.ts';
import { exportPdf, findEngine } from '../bulletin/export-pdf.ts';
import { parseIssueText } from '../bulletin/parse-text.ts';
import { repoRoot } from '../paths.ts';

const round = (ms: number) => Math.round(ms);

async function timedPdf(issue: ReturnType<typeof parseIssueText>, engine: 'chromium' | 'libreoffice') {
  const steps: Record<string, number> = {};
  const start = performance.now();
  let last = start;
  let phase = '';
  const bytes = await exportPdf(issue, {
    engine,
    onPhase: (next) => {
      const now = performance.now();
      if (phase) steps[phase] = round(now - last);
      phase = next;
      last = now;
    },
  });
  steps[phase] = round(performance.now() - last);
  return { ms: round(performance.now() - start), steps, bytes: bytes.length };
}

export async function run(): Promise<void> {
  const text = fs.readFileSync(path.resolve(repoRoot, '../shared/samples/kostec-weekly-2024-06-21.txt'), 'utf8');
  const issue = parseIssueText('kostec-weekly-2024-06-21.txt', text);

  let start = performance.now();
  exportHtml(issue);
  console.log(JSON.stringify({ bench: 'publish.html_ms', ms: round(performance.now() - start) }));
  start = performance.now();
  await exportDocx(issue);
  console.log(JSON.stringify({ bench: 'publish.docx_ms', ms: round(performance.now() - start) }));

  if (findEngine('chromium')) {
    try {
      const first = await timedPdf(issue, 'chromium');
      console.log(JSON.stringify({ bench: 'publish.pdf_first_ms', ...first, target: 15_000 }));
      const next: number[] = [];
      for (let i = 0; i < 4; i++) {
        const run = await timedPdf(issue, 'chromium');
        next.push(run.ms);
        console.log(JSON.stringify({ bench: 'publish.pdf_next_ms', ...run, target: 5_000 }));
      }
      console.log(JSON.stringify({ bench: 'publish.pdf_next_median_ms', ms: [...next].sort((a, b) => a - b)[next.length >> 1], target: 5_000 }));
    } finally {
      closePrinter();
    }
  } else console.log(JSON.stringify({ bench: 'publish.pdf', skipped: 'chromium not installed' }));

  if (findEngine('libreoffice')) {
    const lo = await timedPdf(issue, 'libreoffice');
    console.log(JSON.stringify({ bench: 'publish.pdf_libreoffice_ms', ...lo }));
  }
}
