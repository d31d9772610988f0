// The translator's workbench end to end: the concordance (Ctrl+K) over past issues, the names of a
// source the glossary lacks (added with Enter), the term pane with Ctrl+1…9 and the source paragraph
// paired with the caret, and removing a source (asks, can be undone).
import { test, expect, screenshot } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { openStore } from '../glossary/store/index.ts';

/** Two stored issues written by another connection (as an import or the CLI would). */
function seedPastIssues(dbPath: string): void {
  const store = openStore(dbPath);
  try {
    const older = store.createIssue({ number: '2024-20', date: '2024-05-31', rate: null });
    const hydrogen = store.addArticle({ issueId: older.id, section: 'policy', title: '수소 기업 상장' });
    store.saveArticle({
      id: hydrogen.id,
      title: '수소 기업 상장',
      lead: '베이징 수소 기업 상장 (5.28)',
      body: '- 위화퉁(億華通)은 베이징의 수소 연료전지 기업\n- 위화퉁이 홍콩 증시에 상장',
      sources: [{ title: '亿华通上市', url: '', text: '北京亿华通科技股份有限公司今日上市。\n亿华通是氢燃料电池企业。' }],
    });
    const newer = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: 189.5 });
    const policy = store.addArticle({ issueId: newer.id, section: 'policy', title: '전정특신 지원' });
    store.saveArticle({ id: policy.id, title: '전정특신 지원', lead: '', body: '- 위화퉁을 포함한 기업 지원', sources: [] });
  } finally {
    store.close();
  }
}

async function openIssueArticle(page: Page, number: string): Promise<void> {
  await page.reload(); // the list was read before the issues were stored
  await page.getByTestId('nav-issues').click();
  await page.getByTestId('issue-row').getByRole('link', { name: number }).click();
  await page.getByTestId('open-article').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

async function newArticleWithSource(page: Page, source: string): Promise<void> {
  await page.getByTestId('nav-issues').click();
  await page.getByTestId('issue-number').fill('2024-30');
  await page.getByTestId('issue-date').fill('2024-08-09');
  await page.getByTestId('issue-rate').fill('189.5');
  await page.getByTestId('create-issue').click();
  await page.getByTestId('add-article-policy').click();
  await page.getByTestId('open-article').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.getByTestId('source-text').fill(source);
}

test('concordance: Ctrl+K finds a string in past drafts and sources, newest first, and opens the place', async ({ app: page, dbPath }) => {
  seedPastIssues(dbPath);
  await openIssueArticle(page, '2024-23');
  // The word selected in the draft is the query; its particle is ignored.
  await page.getByTestId('draft-body').evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(2, 6); // 위화퉁을
  });
  await page.keyboard.press('Control+k');
  const dialog = page.getByTestId('concordance-dialog');
  await expect(page.getByTestId('concordance-query')).toHaveValue('위화퉁을');
  await expect(page.getByTestId('concordance-count')).toContainText('위화퉁');
  const hits = dialog.getByTestId('concordance-hit');
  await expect(hits).toHaveCount(3);
  // Newest issue first; Korean dates in the Korean UI.
  await expect(hits.nth(0)).toContainText('2024. 6. 21.');
  await expect(hits.nth(0)).toContainText('위화퉁을 포함한');
  await expect(hits.nth(1)).toContainText('2024. 5. 31.');
  await expect(hits.nth(2)).toContainText('위화퉁이 홍콩');

  // Either Chinese script finds both: 亿华通 in the source and 億華通 in the draft.
  await page.getByTestId('concordance-query').fill('億華通');
  await expect(hits).toHaveCount(3);
  await expect(hits.locator('mark')).toHaveText(['億華通', '亿华通', '亿华通']);
  await screenshot(page, 'concordance');

  // A click on the second source line opens that article with the occurrence selected.
  await hits.nth(2).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('draft-title')).toHaveValue('수소 기업 상장');
  const selected = await page.getByTestId('source-text').evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
  expect(selected).toBe('亿华通');
  await expect(page.getByTestId('source-text')).toBeFocused();
});

test('names to add: the names the glossary lacks, with category and Korean form; Enter adds one', async ({ app: page }) => {
  await newArticleWithSource(page, '中国科学院院士戴琼海在清华大学作报告。科技部部长阴和俊表示，四川省成都市将加大支持。');
  await page.getByTestId('tab-names').click();
  const rows = page.getByTestId('name-row');
  await expect(page.getByTestId('names-pane')).toHaveAttribute('data-state', 'ready');
  await expect(rows.filter({ hasText: '阴和俊' })).toHaveCount(1);
  // 四川省 is in the seed glossary: not listed. 成都市 is not (the glossary has 成都 only).
  await expect(rows.filter({ hasText: '四川省' })).toHaveCount(0);
  const texts = await rows.locator('.name-zh').allTextContents();
  expect(texts).toEqual(['中国科学院', '戴琼海', '清华大学', '科技部', '阴和俊', '成都市']);
  const person = rows.filter({ hasText: '阴和俊' });
  await expect(person.locator('.chip')).toHaveText('인명');
  await expect(person.getByTestId('name-ko')).toHaveValue('인허쥔');
  await expect(rows.filter({ hasText: '成都市' }).getByTestId('name-ko')).toHaveValue('청두시');
  await screenshot(page, 'names-pane');

  // Enter on the row adds it: it leaves the list and is recognized in the source from then on.
  await person.focus();
  await page.keyboard.press('Enter');
  await expect(rows.filter({ hasText: '阴和俊' })).toHaveCount(0);
  await expect(page.getByTestId('source-hit').filter({ hasText: '阴和俊' })).toHaveAttribute('data-ko', '인허쥔');
  // A corrected form is what is saved.
  const university = rows.filter({ hasText: '清华大学' });
  await university.getByTestId('name-ko').fill('칭화대');
  await university.getByTestId('name-add').click();
  await expect(page.getByTestId('source-hit').filter({ hasText: '清华大学' })).toHaveAttribute('data-ko', '칭화대');
});

test('term pane: the paired paragraph follows the caret; Ctrl+1 inserts the first mention in one undo step', async ({ app: page }) => {
  await newArticleWithSource(page, '成都市支持专精特新企业发展。\n\n亿华通公司获得60亿元投资。');
  const body = page.getByTestId('draft-body');
  await body.click();
  await page.keyboard.type('- 청두시는 전정특신 기업을 지원\n- 60억 위안 투자: ');
  // The caret's paragraph shares 60亿元 with the second source paragraph.
  const paired = page.getByTestId('paired-paragraph');
  await expect(paired).toHaveText('亿华通公司获得60亿元投资。');
  await page.getByTestId('tab-terms').click();
  const cards = page.getByTestId('term-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('亿华通');
  await expect(cards.first().getByTestId('term-rendering').first()).toContainText('이화퉁');
  await expect(cards.first()).toContainText('권장');
  await expect(cards.first().getByTestId('term-source')).toContainText('2024-06-21');

  // Back in the draft (the caret is where it was), Ctrl+1 inserts the first term.
  await body.focus();
  await page.keyboard.press('Control+1');
  await expect(body).toHaveValue('- 청두시는 전정특신 기업을 지원\n- 60억 위안 투자: 이화퉁(亿华通)');
  await screenshot(page, 'term-pane');
  await page.keyboard.press('Control+z');
  await expect(body).toHaveValue('- 청두시는 전정특신 기업을 지원\n- 60억 위안 투자: ');

  // Back on the first line: the first source paragraph, with its two terms, numbered.
  await page.keyboard.press('Control+Home');
  await expect(paired).toHaveText('成都市支持专精特新企业发展。');
  await expect(cards).toHaveCount(2);
  await expect(cards.locator('kbd')).toHaveText(['1', '2']);
});

test('alignment: the paired paragraph of a long source is scrolled into view as the caret moves', async ({ app: page }) => {
  const filler = Array.from({ length: 30 }, (_, i) => `第${i + 1}段：会议讨论了有关工作安排。`);
  await newArticleWithSource(page, ['成都市支持专精特新企业发展。', ...filler, '亿华通公司获得60亿元投资。'].join('\n\n'));
  const body = page.getByTestId('draft-body');
  await body.click();
  await page.keyboard.type('- 청두시는 전정특신 기업을 지원\n- 60억 위안 투자');
  const paired = page.getByTestId('paired-paragraph');
  await expect(paired).toHaveText('亿华通公司获得60亿元投资。');
  const inView = async () =>
    paired.evaluate((element) => {
      const box = element.getBoundingClientRect();
      let scroller = element.parentElement;
      while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
      const view = (scroller ?? document.documentElement).getBoundingClientRect();
      return box.top >= Math.max(0, view.top) - 1 && box.bottom <= Math.min(window.innerHeight, view.bottom) + 1;
    });
  await expect.poll(inView).toBe(true);
  // Back to the first line: the first paragraph is paired and scrolled back into view.
  await page.keyboard.press('Control+Home');
  await expect(paired).toHaveText('成都市支持专精特新企业发展。');
  await expect.poll(inView).toBe(true);
});

test('removing a source asks first and can be undone', async ({ app: page }) => {
  await newArticleWithSource(page, '成都市支持专精特新企业发展。');
  await page.getByTestId('source-title').fill('첫 원문');
  await page.getByTestId('remove-source').click();
  await expect(page.getByTestId('remove-source-confirm')).toContainText('첫 원문');
  await expect(page.getByTestId('source-text')).toHaveValue('成都市支持专精特新企业发展。');
  await page.getByTestId('remove-source-yes').click();
  await expect(page.getByTestId('source-tab')).toHaveCount(0);
  await expect(page.getByTestId('source-removed')).toBeVisible();
  await screenshot(page, 'source-removed');
  await page.getByTestId('undo-remove-source').click();
  await expect(page.getByTestId('source-tab')).toHaveText(['첫 원문']);
  await expect(page.getByTestId('source-text')).toHaveValue('成都市支持专精特新企业发展。');
});

test('findings: errors first, info last; filters by severity and rule; accepted ones shown and un-accepted; 미번역 → add to glossary', async ({ app: page }) => {
  await newArticleWithSource(page, '成都市支持专精特新企业发展。亿华通公司获得60亿元投资。');
  const body = page.getByTestId('draft-body');
  await body.click();
  await page.keyboard.type('- 청두시는 专精特新 기업을 지원\n- 60억 위안 투자, 3억원 배정, 阴和俊 발언');
  const findings = page.getByTestId('finding');
  await expect(findings.filter({ has: page.locator('[data-testid="finding-add-term"]') })).toHaveCount(1);
  const rank = { error: 0, warning: 1, style: 2, info: 3 } as Record<string, number>;
  const severities = async () =>
    (await findings.evaluateAll((items) => items.map((item) => /sev-(\w+)/.exec(item.className)?.[1] ?? ''))).map((s) => rank[s]!);
  const order = await severities();
  expect(order.length).toBeGreaterThan(2);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(order.at(-1)).toBe(3); // term-missing (info) for 亿华通 comes last

  // F8 steps through them in the same order, the first error first, whatever their place in the text.
  const active = page.locator('[data-testid="finding"].active');
  const stepped: number[] = [];
  for (let i = 0; i < order.length; i++) {
    await page.keyboard.press('F8');
    await expect(active).toHaveCount(1);
    stepped.push(rank[/sev-(\w+)/.exec((await active.getAttribute('class')) ?? '')?.[1] ?? '']!);
  }
  expect(stepped).toEqual(order);
  await page.keyboard.press('Shift+F8');
  await expect(active).toHaveClass(new RegExp(`sev-${Object.keys(rank)[order.at(-2)!]}`));

  await page.getByTestId('filter-severity').selectOption('info');
  await expect(findings.first()).toHaveClass(/sev-info/);
  expect(new Set(await severities())).toEqual(new Set([3]));
  await page.getByTestId('filter-severity').selectOption('all');
  await page.getByTestId('filter-rule').selectOption('untranslated');
  await expect(findings).toHaveCount(2);
  await screenshot(page, 'findings-filter');

  // 미번역 of a name the glossary lacks: "add to glossary" opens the dialog with it (the other has its fix).
  await expect(findings.filter({ hasText: '专精特新' }).getByTestId('finding-add-term')).toHaveCount(0);
  await findings.filter({ hasText: '阴和俊' }).getByTestId('finding-add-term').click();
  await expect(page.getByTestId('term-zh')).toHaveValue('阴和俊');
  // The dialog has its suggestion (a re-render) before it is cancelled.
  await expect(page.getByTestId('term-ko')).not.toHaveValue('');
  await page.getByTestId('add-term-dialog').getByRole('button', { name: '취소' }).click();
  await expect(page.getByTestId('add-term-dialog')).toHaveCount(0);

  // Accept it: it leaves the list; shown again on demand, and un-accepted from there.
  await findings.filter({ hasText: '阴和俊' }).getByTestId('finding-accept').click();
  await expect(findings).toHaveCount(1);
  await page.getByTestId('show-accepted').click();
  const accepted = page.getByTestId('accepted-findings').getByTestId('finding');
  await expect(accepted).toHaveCount(1);
  await expect(accepted.first()).toHaveAttribute('data-rule', 'untranslated');
  await accepted.first().getByTestId('finding-restore').click();
  await expect(page.getByTestId('finding-list').getByTestId('finding')).toHaveCount(2);
  await expect(page.getByTestId('accepted-findings')).toHaveCount(0);
});

test('glossary manager: sort by a column, filter, duplicate warning, concept fields, history field by field', async ({ app: page }) => {
  await page.getByTestId('nav-glossary').click();
  const rows = page.getByTestId('glossary-row');
  await expect(rows.first()).toBeVisible();

  // Sort by the Korean column, then reversed.
  await page.getByTestId('sort-ko').click();
  const firstKo = async () => (await rows.first().locator('[role="cell"]').nth(1).textContent()) ?? '';
  const ascending = await firstKo();
  await page.getByTestId('sort-ko').click();
  await expect(page.getByTestId('sort-ko')).toContainText('▼');
  await expect.poll(firstKo).not.toBe(ascending);
  const descending = await firstKo();
  expect(new Intl.Collator('ko').compare(ascending, descending)).toBeLessThan(0);

  // Filter: places only.
  await page.getByTestId('filter-category').selectOption('place');
  await expect(page.getByTestId('glossary-stats')).toContainText('건');
  const categories = await rows.evaluateAll((items) => items.map((item) => item.querySelectorAll('[role="cell"]')[2]?.textContent ?? ''));
  expect(categories.length).toBeGreaterThan(0);
  expect(new Set(categories)).toEqual(new Set(['지명']));
  await screenshot(page, 'glossary-sort-filter');

  // A new concept with a Chinese term the glossary has (in the other script): warned, and the existing one opens.
  await page.getByTestId('new-concept').click();
  const panel = page.getByTestId('concept-panel');
  await panel.getByTestId('term-text').first().fill('四川');
  await expect(panel.getByTestId('duplicate-warning')).toContainText('쓰촨');
  await panel.getByTestId('open-duplicate').first().click();
  await expect(panel.getByTestId('term-text').first()).toHaveValue('四川');

  // Definition, source URL and a note on the Korean term; the history shows each change.
  await panel.getByTestId('concept-definition').fill('중국 서남부의 성');
  await panel.getByTestId('concept-source-url').fill('https://example.org/sichuan');
  await panel.getByTestId('term-note-input').nth(1).fill('성(省)은 붙이지 않은 형태');
  await panel.getByTestId('concept-save').click();
  const latest = panel.getByTestId('history-changes').first();
  await expect(latest).toContainText('정의: 중국 서남부의 성');
  await expect(latest).toContainText('출처 URL: https://example.org/sichuan');
  await expect(latest).toContainText('성(省)은 붙이지 않은 형태');
  await screenshot(page, 'glossary-history');
});

test('an ambiguous source term: both concepts side by side in the term pane and on its finding; choosing one inserts it', async ({ app: page, dbPath }) => {
  const store = openStore(dbPath);
  try {
    store.createConcept({ category: 'place', pinyin: 'cháng chéng', note: '성벽(만리장성)', terms: [{ lang: 'zh', text: '长城' }, { lang: 'ko', text: '만리장성' }] });
    store.createConcept({ category: 'company', pinyin: 'cháng chéng', note: '창청자동차(长城汽车)의 약칭', terms: [{ lang: 'zh', text: '長城' }, { lang: 'ko', text: '창청', note: '회사명' }] });
  } finally {
    store.close();
  }
  await page.reload();
  await newArticleWithSource(page, '长城发布了新款电动车。');
  await page.getByTestId('tab-terms').click();
  const card = page.getByTestId('term-card').filter({ hasText: '长城' });
  const candidates = card.getByTestId('candidate');
  await expect(candidates).toHaveCount(2);
  await expect(candidates.nth(0)).toContainText('만리장성');
  await expect(candidates.nth(0)).toContainText('성벽(만리장성)');
  await expect(candidates.nth(1)).toContainText('창청');
  await expect(candidates.nth(1)).toContainText('창청자동차(长城汽车)의 약칭');
  await expect(candidates.nth(1)).toContainText('회사명');
  await expect(card.getByTestId('term-pinyin')).toHaveText('cháng chéng');
  await page.getByTestId('draft-body').click();
  await page.keyboard.type('- ');
  await screenshot(page, 'term-pane-ambiguous');
  // The company is meant: chosen, it goes in at the caret in its first-mention form.
  await candidates.nth(1).getByTestId('candidate-choose').click();
  await expect(page.getByTestId('draft-body')).toHaveValue('- 창청(长城)');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('draft-body')).toHaveValue('- ');

  // The term-missing finding offers the same two.
  await page.getByTestId('tab-findings').click();
  const finding = page.getByTestId('finding').filter({ hasText: '长城' });
  await expect(finding.getByTestId('candidate')).toHaveCount(2);
  await screenshot(page, 'finding-ambiguous');
  await finding.getByTestId('candidate').nth(0).getByTestId('candidate-choose').click();
  await expect(page.getByTestId('draft-body')).toHaveValue('- 만리장성(长城)');
});

test('glossary manager: pinyin filled from the Chinese and kept in the history; "changed since" is a date picker in the UI language', async ({ app: page }) => {
  await page.getByTestId('nav-glossary').click();
  const rows = page.getByTestId('glossary-row');
  await expect(rows.first()).toBeVisible();
  await page.getByTestId('glossary-search').fill('四川');
  const sichuan = rows.filter({ has: page.locator('[role="cell"]', { hasText: /^四川$/ }) });
  await expect(sichuan).toHaveCount(1);
  await sichuan.click();
  const panel = page.getByTestId('concept-panel');
  await panel.getByTestId('concept-pinyin-fill').click();
  await expect(panel.getByTestId('concept-pinyin')).toHaveValue('sì chuān');
  await panel.getByTestId('concept-save').click();
  await expect(panel.getByTestId('history-changes').first()).toContainText('병음: sì chuān');
  await page.getByTestId('glossary-search').fill('');

  // The picker: month and weekdays in Korean, the chosen day as 2026. 12. 5.
  const picker = page.getByTestId('filter-changed-since');
  await picker.click();
  const calendar = page.getByTestId('filter-changed-since-calendar');
  await expect(calendar.getByTestId('date-month')).toHaveText(/^\d{4}년 \d{1,2}월$/);
  await expect(calendar.getByRole('columnheader')).toHaveText(['일', '월', '화', '수', '목', '금', '토']);
  const now = new Date();
  await screenshot(page, 'glossary-date-picker');
  await calendar.getByTestId('date-day').filter({ hasText: new RegExp(`^${now.getDate()}$`) }).click();
  await expect(picker).toHaveText(`${now.getFullYear()}. ${now.getMonth() + 1}. ${now.getDate()}. ▾`);
  // Only 四川 changed today (the seed was loaded today too, so all concepts are shown): a day in the next month shows none.
  await expect(rows.first()).toBeVisible();
  await picker.click();
  await calendar.getByTestId('date-next').click();
  await calendar.getByTestId('date-day').first().click();
  await expect(page.getByTestId('glossary-stats')).toContainText('0건');
  await expect(rows).toHaveCount(0);
  await picker.click();
  await calendar.getByTestId('date-clear').click();
  await expect(picker).toHaveText('전체 ▾');
  await expect(rows.first()).toBeVisible();
});
