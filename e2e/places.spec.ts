// Gazetteer places in the source pane: recognized in both scripts and marked like glossary terms
// (dashed, place colour), the glossary winning where both name the same text; hovering shows the
// official Korean form, a click inserts it into the draft.
import { test, expect, createIssue, screenshot } from './fixtures.ts';

// 北京 and 成都 and 廣西 are in the starter glossary; 海淀区, 杭州 and 義烏市 only in the gazetteer.
const SOURCE = '北京市海淀区和杭州的企业与成都市、廣西壯族自治區合作，義烏市也参加。';

test('places of the gazetteer are marked in the source, the glossary wins, a click inserts the Korean form', async ({ app: page }) => {
  await createIssue(page, '2024-31');
  await page.getByTestId('add-article-policy').click();
  await page.getByTestId('open-article').first().click();
  await page.getByTestId('source-text').fill(SOURCE);

  const place = (zh: string) => page.getByTestId('source-place').filter({ hasText: zh });
  const term = (zh: string) => page.getByTestId('source-hit').filter({ hasText: zh });
  await expect(place('海淀区')).toHaveAttribute('data-ko', '하이뎬구');
  await expect(place('海淀区')).toHaveAttribute('title', /^하이뎬구 — 海淀区 · 北京市\n중국 행정구역 지명 사전$/);
  // A short form in the text: the Korean short form, the full one beside it on hover.
  await expect(place('杭州')).toHaveAttribute('data-ko', '항저우');
  await expect(place('杭州')).toHaveAttribute('title', /항저우 \(항저우시\) — 杭州市 · 浙江省/);
  // Traditional script.
  await expect(place('義烏市')).toHaveAttribute('data-ko', '이우시');
  await expect(place('義烏市')).toHaveAttribute('title', /金华市 浙江省/);
  await expect(page.getByTestId('source-place')).toHaveCount(3);
  await expect(page.getByTestId('place-count')).toHaveText('지명 3곳');

  // The glossary's 北京, 成都 and 廣西 are glossary hits; no place mark overlaps them.
  await expect(term('北京')).toHaveAttribute('data-ko', '베이징');
  await expect(term('成都')).toHaveAttribute('data-ko', '청두');
  await expect(term('廣西')).toHaveAttribute('data-ko', '광시');
  for (const zh of ['北京', '成都', '廣西']) await expect(place(zh)).toHaveCount(0);

  // Hovering spells the place out under the text.
  await place('杭州').hover();
  await expect(page.getByTestId('place-detail')).toHaveText('항저우 (항저우시) — 杭州市 · 浙江省중국 행정구역 지명 사전');
  await place('海淀区').hover();
  await expect(page.getByTestId('place-detail')).toContainText('하이뎬구 — 海淀区 · 北京市');
  await screenshot(page, 'source-places');
  await page.getByTestId('draft-title').hover();
  await expect(page.getByTestId('place-detail')).toHaveCount(0);

  // A click inserts the Korean form at the draft's caret, the Chinese at its first mention.
  const body = page.getByTestId('draft-body');
  await body.click();
  await page.keyboard.type('- ');
  await place('海淀区').click();
  await expect(body).toHaveValue('- 하이뎬구(海淀区)');
  await body.press('End');
  await page.keyboard.type(', ');
  await place('杭州').click();
  await expect(body).toHaveValue('- 하이뎬구(海淀区), 항저우(杭州)');

  // An edit that makes a place part of a longer one: 杭州湾 is no division, 杭州 still is.
  await page.getByTestId('source-text').fill('宁波杭州湾新区');
  await expect(place('宁波')).toHaveAttribute('data-ko', '닝보');
  await expect(page.getByTestId('place-count')).toHaveText('지명 2곳');
});

test('the place marks follow the UI language', async ({ app: page }) => {
  await createIssue(page, '2024-32');
  await page.getByTestId('add-article-policy').click();
  await page.getByTestId('open-article').first().click();
  await page.getByTestId('source-text').fill('长兴县和浦东新区');
  await expect(page.getByTestId('source-place').filter({ hasText: '长兴县' })).toHaveAttribute('data-ko', '창싱현');
  await page.getByTestId('language-select').selectOption('zh');
  await expect(page.getByTestId('place-count')).toHaveText('2 个地名');
  await expect(page.getByTestId('source-place').filter({ hasText: '长兴县' })).toHaveAttribute('title', /^창싱현 — 长兴县 · 湖州市 浙江省\n中国行政区划地名库$/);
  await expect(page.getByTestId('source-place').filter({ hasText: '浦东新区' })).toHaveAttribute('data-ko', '푸둥신구');
});
