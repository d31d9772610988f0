// The house layout in the app: the same layout nodes (glossary/bulletin/layout/house-layout.ts)
// and the same stylesheet (layout/css.ts) as the HTML export and the PDF, rendered by React with
// the same elements and classes as layout/render-html.ts, so the print view is the PDF's page.
// Text is rendered as text; only `**…**` becomes bold and http(s) URLs links.
import { Fragment, type ReactNode } from 'react';
import type { LayoutNode } from '../../../glossary/bulletin/layout/house-layout.ts';
import { inlineRuns, isHttpUrl } from '../../../glossary/bulletin/layout/inline-runs.ts';

export function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineRuns(text).map((r, i) => {
        const body: ReactNode = r.lang === 'ko' ? r.text : <span lang={r.lang}>{r.text}</span>;
        return r.bold ? <strong key={i}>{body}</strong> : <Fragment key={i}>{body}</Fragment>;
      })}
    </>
  );
}

function Link({ url }: { url: string }) {
  return isHttpUrl(url) ? <a href={url} target="_blank" rel="noreferrer noopener">{url}</a> : <Inline text={url} />;
}

function Table({ node }: { node: Extract<LayoutNode, { kind: 'table' }> }) {
  const { rows, header, widths } = node.table;
  const body = header ? rows.slice(1) : rows;
  return (
    <>
      <p className="h-table-title">〈<Inline text={node.title} />〉</p>
      <table className="h-table" data-testid="print-table">
        <colgroup>{widths.map((w, i) => <col key={i} style={{ width: `${(w * 100).toFixed(2)}%` }} />)}</colgroup>
        {header && <thead><tr>{rows[0]!.map((c, i) => <th key={i}><Inline text={c} /></th>)}</tr></thead>}
        <tbody>{body.map((row, r) => <tr key={r}>{row.map((c, i) => <td key={i}><Inline text={c} /></td>)}</tr>)}</tbody>
      </table>
    </>
  );
}

function Node({ node }: { node: LayoutNode }) {
  switch (node.kind) {
    case 'cover':
      return (
        <header className="h-cover" data-testid="print-cover">
          <p className="h-band h-cover-org">{node.organization}</p>
          <p className="h-cover-title"><Inline text={node.title} /></p>
          {node.subtitle && <p className="h-cover-subtitle" data-testid="print-cover-subtitle"><Inline text={node.subtitle} /></p>}
          <p className="h-cover-date">{node.date}</p>
          {node.number && <p className="h-cover-number">{node.number}</p>}
          <div className="h-band h-cover-foot"><p className="h-cover-publisher">{node.publisher}</p><p className="h-cover-org">{node.organization}</p></div>
        </header>
      );
    case 'contents':
      return (
        <nav className="h-contents" aria-label="CONTENTS">
          <p className="h-contents-title">CONTENTS</p>
          {node.sections.map((s, i) => (
            <Fragment key={i}>
              <p className="h-contents-section">{s.title}</p>
              {s.entries.map((e, j) => <p key={j} className="h-contents-entry"><span className="h-contents-rubric">{e.rubric}</span><a href={`#${e.anchor}`}><Inline text={e.title} /></a></p>)}
            </Fragment>
          ))}
        </nav>
      );
    case 'summary':
      return <section className="h-summary"><h1>{node.title}</h1>{node.items.map((t, i) => <p key={i} className="h-bullet h-d0">- <Inline text={t} /></p>)}</section>;
    case 'heading': {
      const Tag = `h${node.level}` as const;
      return <Tag id={node.anchor ?? undefined} className={node.level === 1 ? 'h-section' : undefined} data-testid={node.level === 1 ? 'print-section' : undefined}><Inline text={node.text} /></Tag>;
    }
    case 'rubric':
      return <p className="h-rubric">{node.text}</p>;
    case 'lead':
      return <p className="h-lead">{node.marker} <Inline text={node.text} />{node.date && ` (${node.date})`}</p>;
    case 'bullet':
      return <p className={`h-bullet h-d${node.depth}`}>{node.marker} <Inline text={node.text} /></p>;
    case 'footnote':
      return <p className={`h-footnote h-d${node.depth}`}>{node.marker} <Inline text={node.text} /></p>;
    case 'note':
      return <p className={`h-note h-d${node.depth}`}>▶ <Inline text={node.text} /></p>;
    case 'paragraph':
      return <p className="h-paragraph"><Inline text={node.text} /></p>;
    case 'table':
      return <Table node={node} />;
    case 'image':
      return <><p className="h-table-title">〈<Inline text={node.caption} />〉</p><div className="h-image">이미지</div></>;
    case 'source':
      return <p className="h-source"><Inline text={node.label} />{node.text && <Link url={node.text} />}</p>;
    case 'references':
      return (
        <div className="h-references">
          <p className="h-references-title">{node.title}</p>
          {node.items.map((r, i) => <p key={i} className="h-reference">{r.mark && `${r.mark} `}<Inline text={r.prefix + r.title} /> {r.url && <Link url={r.url} />}</p>)}
        </div>
      );
    case 'colophon':
      return (
        <footer className="h-colophon" data-testid="print-colophon">
          <p className="h-colophon-org">{node.organization}</p>
          <p className="h-colophon-title">{node.title}</p>
          {node.fields.map((f, i) => <p key={i} className="h-colophon-field"><b>{f.label}</b> {f.value}</p>)}
          {node.url && <p><Link url={node.url} /></p>}
        </footer>
      );
  }
}

export function HouseLayout({ nodes }: { nodes: LayoutNode[] }) {
  return <div className="h-doc" lang="ko">{nodes.map((node, i) => <Node key={i} node={node} />)}</div>;
}
