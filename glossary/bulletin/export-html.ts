// One self-contained HTML file in the house layout: the layout nodes of layout/house-layout.ts
// rendered by layout/render-html.ts with the house stylesheet (layout/css.ts). Inline CSS, no
// scripts, no external resources (a CSP forbids them). Chromium prints this file for the PDF.
import { issueDateLabel } from './inline.ts';
import type { BulletinIssue } from './model.ts';
import { htmlDocument } from './html-escape.ts';
import { houseCss } from './layout/css.ts';
import { houseLayout } from './layout/house-layout.ts';
import { layoutHtml } from './layout/render-html.ts';

export { escapeHtml, htmlDocument } from './html-escape.ts';

const SCREEN = `
@media screen { body { background: #e8e8e8; margin: 0; padding: 1rem 0; }
  .h-doc { background: #fff; width: 170mm; margin: 0 auto; padding: 20mm; box-shadow: 0 0 4px #999; } }
@media print { body { margin: 0; } }
`;

export function exportHtml(issue: BulletinIssue): string {
  return htmlDocument('ko', `${issue.title} ${issueDateLabel(issue.date)}`, houseCss() + SCREEN, layoutHtml(houseLayout(issue)));
}
