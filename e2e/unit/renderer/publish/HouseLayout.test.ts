// The print view and the HTML export are one layout: React's markup for the sample issue is the
// exported HTML's, element for element and text for text (links open in a new window in the app).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseIssueText } from '../../../../glossary/bulletin/parse-text.ts';
import { houseLayout } from '../../../../glossary/bulletin/layout/house-layout.ts';
import { layoutHtml } from '../../../../glossary/bulletin/layout/render-html.ts';
import { tableStressIssue } from '../../../../glossary/bulletin/layout/table-fixture.ts';
import { HouseLayout } from '../../../../renderer/src/publish/HouseLayout.tsx';

const SAMPLE = new URL('../../../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);

/** Markup with entities decoded and the app-only attributes (test ids, link targets) left out. */
function normal(html: string): string {
  return html
    .replace(/ (data-testid|target|rel|aria-label)="[^"]*"/g, '')
    .replace(/<(col|br)([^>]*?)\/?>/g, '<$1$2>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\n/g, '');
}

for (const [name, issue] of [
  ['the sample issue', parseIssueText('kostec-weekly-2024-06-21.txt', readFileSync(SAMPLE, 'utf8'))],
  ['the table-stress issue', tableStressIssue()],
] as const) {
  test(`${name}: the print view renders the same markup as the HTML export`, () => {
    const nodes = houseLayout(issue);
    const view = normal(renderToStaticMarkup(createElement(HouseLayout, { nodes })));
    const exported = normal(layoutHtml(nodes));
    assert.ok(exported.length > 5000);
    const shown = view.replace(' lang="ko"', '');
    let at = 0;
    while (at < shown.length && shown[at] === exported[at]) at++;
    assert.equal(at, Math.max(shown.length, exported.length), `they differ at ${at}: view "${shown.slice(at - 40, at + 60)}" vs export "${exported.slice(at - 40, at + 60)}"`);
  });
}
