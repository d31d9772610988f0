// The reviewer report of an issue: every open finding grouped by rule (most severe first), the
// accepted ones in a section of their own, and downloads of the report as HTML and CSV.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFinding } from '../../../glossary/bulletin/review-report.ts';
import { api } from '../api/client.ts';
import { SEVERITY_LIST } from '../domain.ts';
import { setPendingFinding } from '../editor/pendingFinding.ts';
import { downloadBase64 } from '../glossary/fileData.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { hrefOf, navigate } from '../shell/route.ts';
import { useLoad } from '../shell/useLoad.ts';
import { RuleGroupSection } from './RuleGroupSection.tsx';

export function ReviewReportScreen({ issueId }: { issueId: number }) {
  const { t, i18n } = useTranslation();
  const report = useLoad(() => api.reviewReport({ issueId }), [issueId]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const open = (finding: ReportFinding) => {
    setPendingFinding(finding.articleId, finding);
    navigate({ screen: 'article', id: finding.articleId });
  };
  const download = async (format: 'html' | 'csv') => {
    setBusy(true);
    try {
      const file = await api.exportReviewReport({ issueId, format, lang: i18n.language === 'ko' ? 'ko' : 'en' });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const value = report.value;
  return (
    <div className="report-screen" data-testid="review-report">
      <div className="issue-header">
        <a href={hrefOf({ screen: 'issue', id: issueId })} className="back" data-testid="back-to-issue">← {value ? t('issues.issueNumber', { number: value.issue.number }) : t('nav.issues')}</a>
        <h1>{t('report.title')}</h1>
        <span className="spacer" />
        <button type="button" disabled={busy || !value} onClick={() => void download('html')} data-testid="report-export-html">{t('report.exportHtml')}</button>
        <button type="button" disabled={busy || !value} onClick={() => void download('csv')} data-testid="report-export-csv">{t('report.exportCsv')}</button>
      </div>
      <ErrorBanner error={error ?? report.error} onDismiss={() => setError(null)} />
      {!value ? (
        !report.error && <p className="muted">{t('report.loading')}</p>
      ) : (
        <>
          <p className="report-summary">
            <span className="muted">{value.issue.title} · {value.issue.date}</span>
            {SEVERITY_LIST.map((severity) => (
              <span key={severity} className={`severity-badge sev-${severity}${value.severities[severity] === 0 ? ' zero' : ''}`}>
                {t(`severity.${severity}`)} {value.severities[severity]}
              </span>
            ))}
            <span className="muted small-text">
              {value.rate.value === null ? t('findings.noRate') : t('findings.rate', { rate: value.rate.value, source: t(`findings.rateSource.${value.rate.source}`) })}
            </span>
          </p>
          <section className="panel" data-testid="report-open-findings">
            <h2>{t('report.open')}</h2>
            {value.groups.length === 0 ? <p className="muted">{t('report.noneOpen')}</p> : value.groups.map((group) => <RuleGroupSection key={group.rule} group={group} onOpen={open} />)}
          </section>
          <section className="panel report-accepted" data-testid="report-accepted">
            <h2>{t('report.accepted', { count: value.accepted.count })}</h2>
            {value.accepted.groups.length === 0 ? (
              <p className="muted">{t('report.noneAccepted')}</p>
            ) : (
              value.accepted.groups.map((group) => <RuleGroupSection key={group.rule} group={group} onOpen={open} />)
            )}
          </section>
        </>
      )}
    </div>
  );
}
