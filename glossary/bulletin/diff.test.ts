import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { VersionArticle, VersionSnapshot } from '../store/versions.ts';
import { compareTexts, compareVersions, sideBySide, type DiffPart } from './diff.ts';

/** Compact notation: "=same", "-gone", "+new". */
function show(parts: readonly DiffPart[] | null): string[] | null {
  return parts && parts.map((p) => `${p.kind === 'equal' ? '=' : p.kind === 'delete' ? '-' : '+'}${p.text}`);
}

const TEXT_CASES: [string, string, string, string[]][] = [
  ['identical text is one equal part', '위화퉁을 인수', '위화퉁을 인수', ['=위화퉁을 인수']],
  ['both empty gives no parts', '', '', []],
  ['a changed Korean word marks only the changed syllable', '위화퉁을 인수했다', '이화퉁을 인수했다', ['-위', '+이', '=화퉁을 인수했다']],
  ['a changed particle inside a word', '청두시가 발표', '청두시는 발표', ['=청두시', '-가', '+는', '= 발표']],
  ['unrelated Korean words are replaced whole', '청두시가 발표', '베이징시가 발표', ['-청두시가', '+베이징시가', '= 발표']],
  ['words with no syllable in common are replaced whole', '지원 정책', '육성 정책', ['-지원', '+육성', '= 정책']],
  ['a number changes apart from its unit', '60억 위안', '70억 위안', ['-60', '+70', '=억 위안']],
  ['an inserted won amount', '60억 위안(약 1조 원)', '60억 위안(약 1조 3,000억 원)', ['=60억 위안(약 1조 ', '+3,000억 ', '=원)']],
  ['a traditional character replaced in a Chinese name', '위화퉁(亿華通)', '위화퉁(亿华通)', ['=위화퉁(', '-亿華通', '+亿华通', '=)']],
  ['a Latin word is one token', 'AI 기술', 'IoT 기술', ['-AI', '+IoT', '= 기술']],
  ['an added line', '- 첫째', '- 첫째\n- 둘째', ['=- 첫째', '+\n- 둘째']],
  ['a deleted word with its space', '수소 연료전지 산업', '수소 산업', ['=수소 ', '-연료전지 ', '=산업']],
  ['everything new', '', '새 기사', ['+새 기사']],
  ['everything removed', '옛 기사', '', ['-옛 기사']],
];

for (const [name, before, after, expected] of TEXT_CASES) {
  test(`compareTexts: ${name}`, () => {
    const parts = compareTexts(before, after);
    assert.deepEqual(show(parts), expected);
    // Either side can be read back from the parts.
    assert.equal(parts.filter((p) => p.kind !== 'insert').map((p) => p.text).join(''), before);
    assert.equal(parts.filter((p) => p.kind !== 'delete').map((p) => p.text).join(''), after);
  });
}

type Row = [number | null, string[] | null, number | null, string[] | null];
const ROW_CASES: [string, string, string, Row[]][] = [
  ['an unchanged line stays on both sides', '가\n나', '가\n나', [[1, ['=가'], 1, ['=가']], [2, ['=나'], 2, ['=나']]]],
  [
    'a changed line is compared word by word on one row',
    '- 위화퉁을 지원\n- 끝',
    '- 이화퉁을 지원\n- 끝',
    [[1, ['=- ', '-위', '=화퉁을 지원'], 1, ['=- ', '+이', '=화퉁을 지원']], [2, ['=- 끝'], 2, ['=- 끝']]],
  ],
  [
    'an inserted line has no left side and shifts the numbering',
    '첫째\n셋째',
    '첫째\n둘째\n셋째',
    [[1, ['=첫째'], 1, ['=첫째']], [null, null, 2, ['+둘째']], [2, ['=셋째'], 3, ['=셋째']]],
  ],
  [
    'a deleted line has no right side',
    '첫째\n둘째\n셋째',
    '첫째\n셋째',
    [[1, ['=첫째'], 1, ['=첫째']], [2, ['-둘째'], null, null], [3, ['=셋째'], 2, ['=셋째']]],
  ],
  [
    'two lines replaced by one: the first pair is compared, the rest stands alone',
    '수소 산업\n연료전지 보급',
    '수소 산업 육성',
    [[1, ['=수소 산업'], 1, ['=수소 산업', '+ 육성']], [2, ['-연료전지 보급'], null, null]],
  ],
  ['an empty line is an empty row, not a missing one', '가\n\n나', '가\n\n다', [[1, ['=가'], 1, ['=가']], [2, [], 2, []], [3, ['-나'], 3, ['+다']]]],
  ['a text added from nothing has only right rows', '', '가\n나', [[null, null, 1, ['+가']], [null, null, 2, ['+나']]]],
];

for (const [name, before, after, expected] of ROW_CASES) {
  test(`sideBySide: ${name}`, () => {
    const rows = sideBySide(before, after);
    assert.deepEqual(
      rows.map((r): Row => [r.leftLine, show(r.left), r.rightLine, show(r.right)]),
      expected,
    );
    assert.deepEqual(rows.map((r) => r.changed), expected.map(([, l, , r]) => JSON.stringify(l) !== JSON.stringify(r)));
  });
}

function article(id: number, patch: Partial<VersionArticle> = {}): VersionArticle {
  return {
    id,
    section: 'policy',
    category: '기업',
    position: id,
    title: `기사 ${id}`,
    lead: '리드 (6.4)',
    body: '- 본문',
    state: 'draft',
    sources: [],
    ...patch,
  };
}

function version(id: number, articles: VersionArticle[], articleId: number | null = null): VersionSnapshot {
  return {
    id,
    issueId: 1,
    articleId,
    label: `v${id}`,
    createdAt: `2024-06-2${id}T00:00:00.000Z`,
    who: 'kim',
    articleIds: articles.map((a) => a.id).sort((x, y) => x - y),
    issue: { number: '2024-23', date: '2024-06-21', rate: null, title: '중국 과학기술 정책 주간동향' },
    articles,
  };
}

test('compareVersions reports added, removed, changed and unchanged articles in reading order', () => {
  const source = { id: 7, title: '亿华通公告', url: 'https://example.cn/1', text: '亿华通投资60亿元' };
  const before = version(1, [
    article(1),
    article(2, { body: '- 위화퉁을 지원', sources: [source] }),
    article(3, { title: '삭제될 기사' }),
    article(4),
  ]);
  const after = version(2, [
    article(1),
    article(2, { body: '- 이화퉁을 지원', state: 'review', sources: [{ ...source, text: '亿华通投资70亿元' }, { id: 8, title: '新', url: '', text: '新闻' }] }),
    article(4),
    article(5, { title: '새 기사' }),
  ]);
  const result = compareVersions(before, after);
  assert.deepEqual(
    result.articles.map((a) => [a.articleId, a.change, a.title]),
    [[1, 'unchanged', '기사 1'], [2, 'changed', '기사 2'], [3, 'removed', '삭제될 기사'], [4, 'unchanged', '기사 4'], [5, 'added', '새 기사']],
  );
  assert.deepEqual(result.counts, { added: 1, removed: 1, changed: 1, unchanged: 2 });
  assert.deepEqual([result.before.label, result.after.label], ['v1', 'v2']);

  const changed = result.articles[1]!;
  assert.deepEqual(changed.state, { before: 'draft', after: 'review' });
  assert.deepEqual(show(changed.fields.body.parts), ['=- ', '-위', '+이', '=화퉁을 지원']);
  assert.equal(changed.fields.title.changed, false);
  assert.deepEqual(changed.sources.map((s) => [s.sourceId, s.change]), [[7, 'changed'], [8, 'added']]);
  assert.deepEqual(show(changed.sources[0]!.text.parts), ['=亿华通投资', '-60', '+70', '=亿元']);

  const removed = result.articles[2]!;
  assert.deepEqual(show(removed.fields.title.parts), ['-삭제될 기사']);
  assert.deepEqual(removed.state, { before: 'draft', after: null });
  const added = result.articles[4]!;
  assert.deepEqual(added.fields.body.rows.map((r) => [r.left, show(r.right)]), [[null, ['+- 본문']]]);
});

test('compareVersions lists a moved article once, where it stands now, and marks it moved', () => {
  const before = version(1, [article(1), article(2), article(3)]);
  const after = version(2, [article(3, { section: 'technology', position: 0 }), article(1), article(2)]);
  const result = compareVersions(before, after);
  assert.deepEqual(result.articles.map((a) => [a.articleId, a.change, a.moved]), [[3, 'changed', true], [1, 'unchanged', false], [2, 'unchanged', false]]);
});

test('compareVersions can compare one article of a whole-issue version with an article version', () => {
  const whole = version(1, [article(1), article(2, { lead: '옛 리드' })]);
  const single = version(2, [article(2, { lead: '새 리드' })], 2);
  const result = compareVersions(whole, single, { articleId: 2 });
  assert.deepEqual(result.articles.map((a) => [a.articleId, a.change]), [[2, 'changed']]);
  assert.deepEqual(show(result.articles[0]!.fields.lead.parts), ['-옛', '+새', '= 리드']);
  assert.equal(compareVersions(whole, single).counts.removed, 1, 'without the option the other article counts as removed');
});

test('compareTexts shows a text with more edits than the limit as replaced whole', () => {
  const before = '수소 산업 육성 계획 발표';
  const after = '반도체 인재 양성 정책 시행';
  assert.deepEqual(show(compareTexts(before, after, { maxEdits: 4 })), [`-${before}`, `+${after}`]);
  assert.deepEqual(show(compareTexts('수소 산업', '수소 정책', { maxEdits: 4 })), ['=수소 ', '-산업', '+정책']);
});
