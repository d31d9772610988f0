// The body elements of an article in the house layout: bullets and nested bullets, footnotes (*),
// notes (▶), sub-headings, tables titled 〈…〉, figure captions, sources and plain paragraphs.
// Text is rendered as text; only `**…**` becomes bold.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, Lead, Reference } from '../../../glossary/bulletin/model.ts';
import { inlineParts, linkable, shortDate } from './printText.ts';

export function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineParts(text).map((part, index) => (part.bold ? <strong key={index}>{part.text}</strong> : <span key={index}>{part.text}</span>))}
    </>
  );
}

/** A URL as a link when it is a web address, else as text. */
export function MaybeLink({ url, children }: { url: string | null; children: ReactNode }) {
  const href = linkable(url);
  return href ? <a href={href} target="_blank" rel="noreferrer noopener">{children}</a> : <>{children}</>;
}

export function LeadLine({ lead }: { lead: Lead }) {
  return (
    <p className="p-lead">
      ■ <Inline text={lead.text} />
      {lead.date && ` (${shortDate(lead.date)})`}
    </p>
  );
}

function TableBlock({ title, rows }: { title: string; rows: string[][] }) {
  const [head, ...body] = rows;
  return (
    <figure className="p-table" data-testid="print-table">
      <figcaption>〈{title}〉</figcaption>
      <table>
        {head && (
          <thead>
            <tr>{head.map((cell, i) => <th key={i}><Inline text={cell} /></th>)}</tr>
          </thead>
        )}
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>{row.map((cell, i) => <td key={i}><Inline text={cell} /></td>)}</tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function SourceBlock({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <p className="p-source">
      * {t('print.source')}: <MaybeLink url={text}>{text}</MaybeLink>
    </p>
  );
}

export function BlockView({ block }: { block: Block }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'bullet':
      return <p className={`p-bullet depth-${Math.min(block.depth, 3)}`}><span className="p-mark">-</span> <Inline text={block.text} /></p>;
    case 'footnote':
      return <p className={`p-footnote depth-${Math.min(block.depth, 3)}`}>{block.marker} <Inline text={block.text} /></p>;
    case 'note':
      return <p className={`p-note depth-${Math.min(block.depth, 3)}`}>▶ <Inline text={block.text} /></p>;
    case 'subheading':
      return <h4 className="p-subheading"><Inline text={block.text} /></h4>;
    case 'table':
      return <TableBlock title={block.title} rows={block.rows} />;
    case 'image':
      return <p className="p-image">〈{block.caption}〉 <span className="muted">{t('print.figure')}</span></p>;
    case 'source':
      return <SourceBlock text={block.text} />;
    case 'paragraph':
      return <p className="p-paragraph"><Inline text={block.text} /></p>;
  }
}

export function ReferenceList({ references }: { references: Reference[] }) {
  const { t } = useTranslation();
  if (references.length === 0) return null;
  return (
    <div className="p-references">
      <h4>{t('print.references')}</h4>
      <ul>
        {references.map((reference, index) => (
          <li key={index} lang="zh">
            ☑ {reference.title} {reference.url && <MaybeLink url={reference.url}>{reference.url}</MaybeLink>}
          </li>
        ))}
      </ul>
    </div>
  );
}
