// Opening an article: the first findings come from the service (asked for as soon as the article's
// text arrives), the later ones from the page's own checks once it holds the glossary. The editor
// must not flicker between them: every findings list shown from the first to the page's own is the
// same. The article is the 청두시 article of the sample issue (../shared/samples), with a Chinese
// source that names what it names.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, repoRoot, screenshot } from './fixtures.ts';
import type { RunningServer } from './web-server.ts';

const SAMPLE = path.join(repoRoot, '..', 'shared', 'samples', 'kostec-weekly-2024-06-21.txt');

/** The title, lead line and bullets of the sample issue's 청두시 article, as printed. */
function chengduArticle(): { title: string; lead: string; body: string } {
  const lines = fs.readFileSync(SAMPLE, 'utf8').split('\n');
  const title = "청두시, '인공지능 산업 고품질 발전 3개년 계획' 마련";
  const at = lines.lastIndexOf(title);
  const end = lines.findIndex((line, i) => i > at && line.startsWith('〈청두시'));
  const rest = lines.slice(at + 1, end).filter((line) => line.trim() !== '');
  return { title, lead: rest[0]!, body: rest.slice(1).join('\n') };
}

const SOURCE =
  '成都市发布《成都市人工智能产业高质量发展三年行动计划（2024—2026年）》。到2026年，人工智能核心产业规模达到1700亿元。' +
  '2023年成都市人工智能产业规模约780亿元。推动天府、成都两个高新区和武侯区、锦江区、郫都区、双流区等重点区域发展，培育专精特新企业100家。' +
  '建设四川省数字资产交易中心，引进和培育人工智能中小企业1000家以上。';

async function call(page: Page, server: RunningServer, method: string, arg: unknown): Promise<any> {
  const response = await page.request.post(`${server.origin}/api/${method}`, {
    headers: { 'Content-Type': 'application/json', 'X-Donghyang-Token': server.token },
    data: { arg },
  });
  const json = await response.json();
  expect(json.ok, `${method}: ${JSON.stringify(json.error)}`).toBe(true);
  return json.value;
}

test('opening an article: the first findings shown are the ones the page computes later, with nothing else in between', async ({ app: page, server }) => {
  const issue = await call(page, server, 'createIssue', { number: '2024-12', date: '2024-06-21', rate: 189.9 });
  const article = await call(page, server, 'addArticle', { issueId: issue.id, section: 'policy' });
  await call(page, server, 'saveArticle', { id: article.id, ...chengduArticle(), sources: [{ title: '36kr', url: '', text: SOURCE }] });

  // The service is asked once: the check that leaves with the article's text is the one shown.
  const liveChecks: number[] = [];
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => {
    if (typeof payload === 'string' && payload.includes('"method":"checkArticleLive"')) liveChecks.push(JSON.parse(payload).id);
  }));
  await page.reload();
  await expect(page.getByTestId('app-name')).toBeVisible();

  // Every distinct findings state the panel commits while the article opens: the list's items and
  // the underlines in the draft, with where the panel says they were checked.
  await page.evaluate((id) => {
    const states: { checkedIn: string | null; findings: string[]; underlines: string[] }[] = [];
    const snapshot = () => {
      const panel = document.querySelector('[data-testid="findings-panel"][data-state="checked"]');
      if (!panel) return;
      const findings = [...document.querySelectorAll('[data-testid="finding"]')].map((item) => `${item.getAttribute('data-rule')} ${item.textContent}`);
      const underlines = [...document.querySelectorAll('.mirror mark.finding')].map((mark) => `${mark.getAttribute('data-rule')} ${mark.textContent}`);
      const last = states.at(-1);
      const checkedIn = panel.getAttribute('data-checked-in');
      if (last && last.checkedIn === checkedIn && JSON.stringify([last.findings, last.underlines]) === JSON.stringify([findings, underlines])) return;
      states.push({ checkedIn, findings, underlines });
    };
    new MutationObserver(snapshot).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    (window as unknown as { dhStates: typeof states }).dhStates = states;
    window.location.hash = `#/article/${id}`;
  }, article.id);

  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-checked-in', 'page', { timeout: 30_000 });
  const states = await page.evaluate(() => (window as unknown as { dhStates: { checkedIn: string | null; findings: string[]; underlines: string[] }[] }).dhStates);

  expect(liveChecks).toHaveLength(1);
  // The first findings came from the service, the last from the page; all of them are the same.
  expect(states[0]!.checkedIn).toBe('service');
  expect(states.at(-1)!.checkedIn).toBe('page');
  expect(states[0]!.findings.length).toBeGreaterThan(3);
  const rules = states[0]!.findings.map((finding) => finding.split(' ')[0]);
  expect(rules).toContain('term-missing'); // 天府 톈푸: the glossary's
  expect(rules).toContain('number-mismatch');
  for (const state of states) {
    expect(state.findings).toEqual(states[0]!.findings);
    expect(state.underlines).toEqual(states[0]!.underlines);
  }
  // Once settled: the source's places and the workbench's paired paragraph, which waited for the findings.
  await expect(page.getByTestId('source-place').first()).toBeVisible();
  await expect(page.getByTestId('paired-paragraph')).toBeVisible();
  await screenshot(page, 'open-article');
});
