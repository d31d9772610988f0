// The issue in the house layout, for printing and PDF: cover, CONTENTS, 요약, the sections with
// their articles, 단신동향 and the colophon. The print stylesheet (styles/print.css) sets A4 pages
// and starts each section on a new page; the toolbar is not printed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulletinIssue } from '../../../glossary/bulletin/model.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { hrefOf } from '../shell/route.ts';
import { useLoad } from '../shell/useLoad.ts';
import { Inline, MaybeLink } from './PrintBlocks.tsx';
import { PrintButton } from './PrintButton.tsx';
import { PrintSection, PrintShortItems } from './PrintSections.tsx';
import { longDate } from './printText.ts';

function Contents({ issue }: { issue: BulletinIssue }) {
  const { t } = useTranslation();
  return (
    <nav className="p-contents" aria-label="CONTENTS">
      <h2>CONTENTS</h2>
      {issue.sections.map((section, s) => (
        <div key={section.id}>
          <p className="p-contents-section">{s + 1}. {section.title}</p>
          <ul>
            {section.articles.map((article, i) => (
              <li key={i}>
                <span className="p-contents-category">{article.category}</span> • <Inline text={article.title} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {issue.shortItems.length > 0 && <p className="p-contents-section">{issue.sections.length + 1}. {t('section.brief')}</p>}
    </nav>
  );
}

function Cover({ issue }: { issue: BulletinIssue }) {
  return (
    <header className="p-cover" data-testid="print-cover">
      <h1 className="p-title">{issue.title}</h1>
      <p className="p-cover-meta">
        {issue.number && issue.number !== issue.date && <span>{issue.number} · </span>}
        {longDate(issue.date)}
      </p>
      <p className="p-publisher">{issue.publisher}</p>
    </header>
  );
}

function Colophon({ issue }: { issue: BulletinIssue }) {
  const { colophon } = issue;
  return (
    <footer className="p-colophon" data-testid="print-colophon">
      {colophon.organization && <p className="p-organization">{colophon.organization}</p>}
      <table>
        <tbody>
          {colophon.fields.map((field, index) => (
            <tr key={index}><th>{field.label}</th><td>{field.value}</td></tr>
          ))}
        </tbody>
      </table>
      {colophon.url && <p><MaybeLink url={colophon.url}>{colophon.url}</MaybeLink></p>}
    </footer>
  );
}

export function PrintView({ issueId }: { issueId: number }) {
  const { t } = useTranslation();
  const doc = useLoad(() => api.issueDocument({ issueId }), [issueId]);
  const [error, setError] = useState<unknown>(null);
  const issue = doc.value;

  // The document title names the saved PDF (browser print and the desktop save dialog use it).
  useEffect(() => {
    if (!issue) return;
    const before = document.title;
    document.title = `${issue.title} ${issue.date}`;
    return () => {
      document.title = before;
    };
  }, [issue]);

  return (
    <div className="print-screen" data-testid="print-view">
      <div className="print-toolbar">
        <a className="back" href={hrefOf({ screen: 'issue', id: issueId })} data-testid="back-to-issue">← {t('print.back')}</a>
        <span className="spacer" />
        <span className="muted small-text">{t('print.hint')}</span>
        <PrintButton onError={setError} />
      </div>
      <ErrorBanner error={error ?? doc.error} onDismiss={() => setError(null)} />
      {issue && (
        <div className="print-page" lang="ko">
          <Cover issue={issue} />
          <Contents issue={issue} />
          {issue.summary.length > 0 && (
            <section className="p-summary">
              <h2>{t('print.summary')}</h2>
              {issue.summary.map((line, index) => <p key={index} className="p-bullet depth-0"><span className="p-mark">-</span> <Inline text={line.text} /></p>)}
            </section>
          )}
          {issue.sections.map((section, index) => <PrintSection key={section.id} section={section} number={index + 1} />)}
          <PrintShortItems items={issue.shortItems} number={issue.sections.length + 1} />
          <Colophon issue={issue} />
        </div>
      )}
    </div>
  );
}
