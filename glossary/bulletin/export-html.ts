// One self-contained HTML file in the house layout: inline CSS, no scripts, no external
// resources (a CSP forbids them). Every piece of user text is escaped; the only markup made
// from it is <strong> for `**bold**` and <a> for http(s) URLs.
import type { Block, BulletinArticle, BulletinIssue, Lead, ShortItem } from './model.ts';
import { SECTION_TITLES } from './model.ts';
import { issueDateLabel, leadDateLabel, sourceDateLabel, splitBold } from './inline.ts';

const STYLE = `
body { font-family: 'Noto Sans CJK KR', 'Noto Sans KR', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif;
  max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem; color: #222; line-height: 1.6; font-size: 15px; }
.cover { text-align: center; border-bottom: 3px solid #1f4e79; padding: 3rem 0 2rem; margin-bottom: 2rem; }
.cover .org { letter-spacing: .12em; font-size: .8rem; color: #1f4e79; }
.cover h1 { font-size: 2rem; margin: .5rem 0; color: #1f4e79; }
.cover .date, .cover .publisher { margin: .2rem 0; }
h2 { color: #fff; background: #1f4e79; padding: .3rem .8rem; font-size: 1.2rem; margin-top: 2.5rem; }
h3 { border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; font-size: 1.1rem; margin-top: 2rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.category { display: inline-block; background: #dce6f2; color: #1f4e79; font-size: .8rem; padding: 0 .5rem; margin: 1.5rem 0 0; }
.lead { font-weight: bold; }
.contents li, .references li { list-style: none; }
.b, .fn, .note { margin: .2rem 0; padding-left: 1.2em; text-indent: -1.2em; }
.d1 { margin-left: 1.2em; } .d2 { margin-left: 2.4em; } .d3 { margin-left: 3.6em; } .d4 { margin-left: 4.8em; }
.fn, .source { font-size: .85rem; color: #444; }
.table-title { text-align: center; font-weight: bold; margin-top: 1.2rem; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .4rem 0 1rem; }
th, td { border: 1px solid #777; padding: .2rem .4rem; vertical-align: top; }
th { background: #dce6f2; }
.image { border: 1px dashed #999; text-align: center; padding: 1.5rem; color: #777; }
.references { font-size: .85rem; background: #f3f3f3; padding: .5rem 1rem; margin-top: 1rem; }
.references h4 { margin: 0 0 .3rem; }
.colophon { margin-top: 3rem; border-top: 3px solid #1f4e79; padding-top: 1rem; font-size: .85rem; }
.colophon dt { float: left; clear: left; width: 6rem; font-weight: bold; }
.colophon dd { margin-left: 6.5rem; }
a { color: #1f4e79; word-break: break-all; }
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Escaped text with `**bold**` as <strong>. */
function inline(text: string): string {
  return splitBold(text)
    .map((s) => (s.bold ? `<strong>${escapeHtml(s.text)}</strong>` : escapeHtml(s.text)))
    .join('');
}

/** A link for http(s) URLs only; anything else stays text. */
function link(url: string, label = url): string {
  return /^https?:\/\/\S+$/i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

function leadHtml(lead: Lead | null): string {
  if (!lead) return '';
  return `<p class="lead">■ ${inline(lead.text)}${lead.date ? ` (${leadDateLabel(lead.date)})` : ''}</p>`;
}

function tableHtml(title: string, rows: string[][]): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const row = (cells: string[], tag: 'th' | 'td'): string =>
    `<tr>${Array.from({ length: width }, (_, i) => `<${tag}>${inline(cells[i] ?? '')}</${tag}>`).join('')}</tr>`;
  const [head, ...body] = rows;
  return `<p class="table-title">〈${inline(title)}〉</p><table><thead>${row(head ?? [], 'th')}</thead><tbody>${body.map((r) => row(r, 'td')).join('')}</tbody></table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'bullet':
      return `<p class="b d${block.depth}">- ${inline(block.text)}</p>`;
    case 'footnote':
      return `<p class="fn d${Math.min(block.depth + 1, 4)}">${escapeHtml(block.marker)} ${inline(block.text)}</p>`;
    case 'note':
      return `<p class="note d${block.depth}">▶ ${inline(block.text)}</p>`;
    case 'subheading':
      return `<h4>${inline(block.text)}</h4>`;
    case 'table':
      return tableHtml(block.title, block.rows);
    case 'image':
      return `<p class="table-title">〈${inline(block.caption)}〉</p><div class="image">이미지</div>`;
    case 'source':
      return `<p class="source">* 출처: ${link(block.text)}</p>`;
    case 'paragraph':
      return `<p>${inline(block.text)}</p>`;
  }
}

function articleHtml(article: BulletinArticle, id: string): string {
  const refs = article.references.length === 0 ? '' :
    `<div class="references"><h4>참고자료</h4><ul>${article.references
      .map((r) => `<li>☑ ${escapeHtml(r.title)} ${r.url ? link(r.url) : ''}</li>`)
      .join('')}</ul></div>`;
  const category = article.category ? `<p class="category">${escapeHtml(article.category)}</p>` : '';
  return `<article id="${id}">${category}<h3>${inline(article.title)}</h3>${leadHtml(article.lead)}${article.blocks.map(blockHtml).join('')}${refs}</article>`;
}

function shortItemHtml(item: ShortItem): string {
  const source = item.source
    ? `<p class="source">출처: ${escapeHtml(item.source.name)}${item.source.date ? ` (${sourceDateLabel(item.source.date)})` : ''}${item.source.url ? `<br>${link(item.source.url)}` : ''}</p>`
    : '';
  return `<article><h3>${String(item.number).padStart(2, '0')} ${inline(item.title)}</h3>${leadHtml(item.lead)}${item.blocks.map(blockHtml).join('')}${source}</article>`;
}

export function exportHtml(issue: BulletinIssue): string {
  const ids = new Map<BulletinArticle, string>();
  issue.sections.forEach((s) => s.articles.forEach((a, i) => ids.set(a, `${s.id}-${i + 1}`)));
  let number = 0;
  const contents = issue.sections
    .map((s) => `<li><strong>${++number}. ${escapeHtml(s.title)}</strong><ul>${s.articles
      .map((a) => `<li>${escapeHtml(a.category)} • <a href="#${ids.get(a)}">${inline(a.title)}</a></li>`)
      .join('')}</ul></li>`)
    .join('');
  number = 0;
  const sections = issue.sections
    .map((s) => `<section><h2>${++number}. ${escapeHtml(s.title)}</h2>${s.articles.map((a) => articleHtml(a, ids.get(a)!)).join('')}</section>`)
    .join('');
  const brief = issue.shortItems.length === 0 ? '' :
    `<section><h2>${++number}. ${SECTION_TITLES.brief}</h2>${issue.shortItems.map(shortItemHtml).join('')}</section>`;
  const { colophon } = issue;
  const fields = colophon.fields.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('');
  return htmlDocument('ko', `${issue.title} ${issueDateLabel(issue.date)}`, STYLE, `<header class="cover">${colophon.organization ? `<p class="org">${escapeHtml(colophon.organization)}</p>` : ''}<h1>${escapeHtml(issue.title)}</h1><p class="date">${escapeHtml(issueDateLabel(issue.date))}${issue.number ? ` (${escapeHtml(issue.number)})` : ''}</p><p class="publisher">${escapeHtml(issue.publisher)}</p></header>
<nav class="contents"><h2>CONTENTS</h2><ul>${contents}</ul></nav>
<section class="summary"><h2>요약</h2>${issue.summary.map((s) => `<p class="b">- ${inline(s.text)}</p>`).join('')}</section>
${sections}
${brief}
<footer class="colophon"><p><strong>${escapeHtml(issue.title)}</strong></p><dl>${fields}</dl>${colophon.url ? `<p>${link(colophon.url)}</p>` : ''}</footer>`);
}

/**
 * A self-contained HTML file: inline style only, and a policy that forbids scripts and loads, so
 * an exported file stays inert wherever it is opened. `title` is escaped here; `body` must be
 * escaped HTML already.
 */
export function htmlDocument(lang: string, title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
