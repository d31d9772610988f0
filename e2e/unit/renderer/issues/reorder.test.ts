import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, SectionId } from '../../../../glossary/model.ts';
import { moveTarget } from '../../../../renderer/src/issues/reorder.ts';

const article = (id: number, section: SectionId, position: number): Article => ({
  id, issueId: 1, section, category: '', position, title: '', lead: '', body: '', summary: '', state: 'draft', sources: [], updatedAt: '',
});
const articles = [article(1, 'policy', 0), article(2, 'policy', 1), article(3, 'brief', 0)];

const cases: [string, number, -1 | 1, ReturnType<typeof moveTarget>][] = [
  ['down within a section', 1, 1, { section: 'policy', position: 1 }],
  ['up within a section', 2, -1, { section: 'policy', position: 0 }],
  ['down past the end goes to the start of the next section', 2, 1, { section: 'technology', position: 0 }],
  ['up past the top goes to the end of the previous section', 3, -1, { section: 'technology', position: 0 }],
  ['up from the very first article: nowhere', 1, -1, null],
  ['down from the very last article: nowhere', 3, 1, null],
];

for (const [name, id, direction, expected] of cases) {
  test(`moveTarget: ${name}`, () => assert.deepEqual(moveTarget(articles, id, direction), expected));
}
