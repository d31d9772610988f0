// The service's share of keystroke-to-findings (e2e/bench-keystroke.ts measures the whole path in the
// browser): checkArticle in-process on a database with 100,000 concepts, the same 3,000-character
// source and 1,500-character draft as the editor benchmark, one character typed per call. Also the
// JSON the web mode sends back per keystroke, whole and as the live check's changes (checkArticleLive;
// timed apart from the check). Target: the engine's re-check budget (≤ 8 ms).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createService } from '../service.ts';
import { openStore, seedIfNew } from '../store/index.ts';
import { syntheticConcepts } from './synthetic.ts';

const CONCEPTS = 100_000;
const KEYSTROKES = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Lets timers and immediates run, as the web server's event loop does between two requests. */
const idle = () => new Promise((resolve) => setImmediate(resolve));

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-bench-service-'));
  const dbPath = path.join(dir, 'bench.db');
  const concepts = syntheticConcepts(CONCEPTS);
  const store = openStore(dbPath, { who: 'bench' });
  await seedIfNew(store);
  store.applyImport(store.planImport('synthetic.csv', concepts), { who: 'bench' });
  store.close();
  const names = concepts.slice(0, 300).map((c) => c.terms[0]!.text);

  const service = await createService({ dbPath, who: 'bench' });
  try {
    const issue = await service.createIssue({ number: 'bench', date: '2024-06-21', rate: 189.5 });
    const article = await service.addArticle({ issueId: issue.id, section: 'policy' });
    const source = names.map((name, i) => `${name}${i % 3 === 0 ? '投资1.5亿元，' : '发布了新政策。'}`).join('').slice(0, 3000);
    let body = Array.from({ length: 40 }, (_, i) => `- 청두시 전정특신 기업 ${i + 1}곳에 ${i + 2}억 위안(약 ${(i + 2) * 189}억 원) 지원`).join('\n').slice(0, 1500);
    await service.saveArticle({ id: article.id, title: 'bench', lead: '', body, sources: [{ title: 'src', url: '', text: source }] });

    // Opening the editor: the recognizer is built for the first check.
    let t0 = performance.now();
    await service.checkArticle({ articleId: article.id, draft: body, sources: [source] });
    const openMs = performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, 50)); // the editor shows the article

    const text = '\n- 이화퉁를 포함한 수소 기업에 3억원을 배정하고 1.5억 위안 규모의 기금을 조성해 전정특신 기업을 지원한다';
    const times: number[] = [];
    let findings = 0;
    let bytes = 0;
    let liveBytes = 0;
    let liveBase: string | undefined;
    let firstMs = 0;
    const cpu = process.cpuUsage();
    for (let i = 0; i < KEYSTROKES; i++) {
      body += text[i % text.length];
      t0 = performance.now();
      const result = await service.checkArticle({ articleId: article.id, draft: body, sources: [source] });
      const ms = performance.now() - t0;
      if (i === 0) firstMs = ms;
      times.push(ms);
      findings = result.findings.length;
      if (i === KEYSTROKES - 1) bytes = Buffer.byteLength(JSON.stringify({ ok: true, value: result }));
      await idle();
    }
    const used = process.cpuUsage(cpu);
    const draftChars = body.length;
    // What the editor's live check sends instead: changes to the answer before (a few more keystrokes).
    for (let i = 0; i < 20; i++) {
      body += text[i % text.length];
      const answer = await service.checkArticleLive({ articleId: article.id, draft: body, sources: [source], base: liveBase });
      liveBase = answer.token;
      liveBytes = Buffer.byteLength(JSON.stringify({ ok: true, value: answer }));
    }
    times.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: 'service-check-keystroke',
        concepts: CONCEPTS,
        draft_chars: draftChars,
        source_chars: source.length,
        findings,
        response_bytes: bytes,
        live_response_bytes: liveBytes,
        open_ms: +openMs.toFixed(1),
        first_keystroke_ms: +firstMs.toFixed(2),
        median_ms: +percentile(times, 50).toFixed(2),
        p95_ms: +percentile(times, 95).toFixed(2),
        // CPU per keystroke (GC included): on a shared machine wall time also counts waiting for a core.
        cpu_ms: +((used.user + used.system) / 1000 / KEYSTROKES).toFixed(2),
        target_ms: 8,
      }),
    );
  } finally {
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
