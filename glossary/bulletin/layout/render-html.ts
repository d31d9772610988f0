// The layout nodes as HTML (escaped: user text only ever becomes text, <strong>, lang spans and
// http(s) links). The HTML export wraps this in a document with houseCss().
import { escapeHtml } from '../html-escape.ts';
import type { LayoutNode } from './house-layout.ts';
import { inlineRuns, isHttpUrl } from './inline-runs.ts';

export function inlineHtml(text: string): string {
  return inlineRuns(text)
    .map((r) => {
      const body = r.lang === 'ko' ? escapeHtml(r.text) : `<span lang="${r.lang}">${escapeHtml(r.text)}</span>`;
      return r.bold ? `<strong>${body}</strong>` : body;
    })
    .join('');
}

function link(url: string): string {
  return isHttpUrl(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : inlineHtml(url);
}

const id = (anchor: string | null) => (anchor ? ` id="${escapeHtml(anchor)}"` : '');

function nodeHtml(node: LayoutNode): string {
  switch (node.kind) {
    case 'cover':
      return `<header class="h-cover"><p class="h-band h-cover-org">${escapeHtml(node.organization)}</p>` +
        `<p class="h-cover-title">${inlineHtml(node.title)}</p>` +
        (node.subtitle ? `<p class="h-cover-subtitle">${inlineHtml(node.subtitle)}</p>` : '') +
        `<p class="h-cover-date">${escapeHtml(node.date)}</p>` +
        (node.number ? `<p class="h-cover-number">${escapeHtml(node.number)}</p>` : '') +
        `<div class="h-band h-cover-foot"><p class="h-cover-publisher">${escapeHtml(node.publisher)}</p><p class="h-cover-org">${escapeHtml(node.organization)}</p></div></header>`;
    case 'contents':
      return `<nav class="h-contents"><p class="h-contents-title">CONTENTS</p>${node.sections
        .map((s) => `<p class="h-contents-section">${escapeHtml(s.title)}</p>${s.entries
          .map((e) => `<p class="h-contents-entry"><span class="h-contents-rubric">${escapeHtml(e.rubric)}</span><a href="#${escapeHtml(e.anchor)}">${inlineHtml(e.title)}</a></p>`)
          .join('')}`)
        .join('')}</nav>`;
    case 'summary':
      return `<section class="h-summary"><h1>${escapeHtml(node.title)}</h1>${node.items.map((t) => `<p class="h-bullet h-d0">- ${inlineHtml(t)}</p>`).join('')}</section>`;
    case 'heading':
      return `<h${node.level}${id(node.anchor)}${node.level === 1 ? ' class="h-section"' : ''}>${inlineHtml(node.text)}</h${node.level}>`;
    case 'rubric':
      return `<p class="h-rubric">${escapeHtml(node.text)}</p>`;
    case 'lead':
      return `<p class="h-lead">${escapeHtml(node.marker)} ${inlineHtml(node.text)}${node.date ? ` (${escapeHtml(node.date)})` : ''}</p>`;
    case 'bullet':
      return `<p class="h-bullet h-d${node.depth}">${escapeHtml(node.marker)} ${inlineHtml(node.text)}</p>`;
    case 'footnote':
      return `<p class="h-footnote h-d${node.depth}">${escapeHtml(node.marker)} ${inlineHtml(node.text)}</p>`;
    case 'note':
      return `<p class="h-note h-d${node.depth}">▶ ${inlineHtml(node.text)}</p>`;
    case 'paragraph':
      return `<p class="h-paragraph">${inlineHtml(node.text)}</p>`;
    case 'table': {
      const { rows, header, widths } = node.table;
      const cols = widths.map((w) => `<col style="width:${(w * 100).toFixed(2)}%">`).join('');
      const row = (cells: string[], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}>${inlineHtml(c)}</${tag}>`).join('')}</tr>`;
      const head = header ? `<thead>${row(rows[0]!, 'th')}</thead>` : '';
      const body = (header ? rows.slice(1) : rows).map((r) => row(r, 'td')).join('');
      return `<p class="h-table-title">〈${inlineHtml(node.title)}〉</p><table class="h-table"><colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>`;
    }
    case 'image':
      return `<p class="h-table-title">〈${inlineHtml(node.caption)}〉</p><div class="h-image">이미지</div>`;
    case 'source':
      return `<p class="h-source">${inlineHtml(node.label)}${node.text ? link(node.text) : ''}</p>`;
    case 'references':
      return `<div class="h-references"><p class="h-references-title">${escapeHtml(node.title)}</p>${node.items
        .map((r) => `<p class="h-reference">${r.mark ? `${escapeHtml(r.mark)} ` : ''}${inlineHtml(r.prefix + r.title)} ${r.url ? link(r.url) : ''}</p>`)
        .join('')}</div>`;
    case 'colophon':
      return `<footer class="h-colophon"><p class="h-colophon-org">${escapeHtml(node.organization)}</p><p class="h-colophon-title">${escapeHtml(node.title)}</p>${node.fields
        .map((f) => `<p class="h-colophon-field"><b>${escapeHtml(f.label)}</b> ${escapeHtml(f.value)}</p>`)
        .join('')}${node.url ? `<p>${link(node.url)}</p>` : ''}</footer>`;
  }
}

export function layoutHtml(nodes: LayoutNode[]): string {
  return `<div class="h-doc">${nodes.map(nodeHtml).join('\n')}</div>`;
}
