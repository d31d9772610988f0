// Findings of the article being edited (live) or of the whole issue, with quick fix and accept.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../glossary/api.ts';
import type { Finding } from '../../../glossary/checks/types.ts';
import { FindingList } from './FindingList.tsx';
import { IssueFindings } from './IssueFindings.tsx';

interface Props {
  scope: 'article' | 'issue';
  onScope: (scope: 'article' | 'issue') => void;
  result: CheckResult | null;
  /** Where the findings were computed (for tests and the benchmark: page, worker or service). */
  checkedIn: string | null;
  findings: Finding[];
  activeId: string | null;
  issueId: number;
  savedVersion: number;
  onSelect: (finding: Finding) => void;
  onSelectInIssue: (articleId: number, finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onAccept: (finding: Finding) => void;
}

/** Memoized: a keystroke that leaves the findings as they were does not render the list again. */
export const FindingsPanel = memo(function FindingsPanel(props: Props) {
  const { t } = useTranslation();
  const { result, findings } = props;
  const accepted = result ? result.findings.filter((f) => f.accepted).length : 0;
  return (
    <div className="side-tab" data-testid="findings-panel" data-state={result ? 'checked' : 'checking'} data-checked-in={props.checkedIn ?? undefined}>
      <div className="findings-head">
        <h3>{t('findings.title')}</h3>
        <div className="segmented" role="group">
          <button type="button" className={props.scope === 'article' ? 'active' : ''} onClick={() => props.onScope('article')} data-testid="scope-article">
            {t('findings.article')} <span className="badge" data-testid="finding-count">{findings.length}</span>
          </button>
          <button type="button" className={props.scope === 'issue' ? 'active' : ''} onClick={() => props.onScope('issue')} data-testid="scope-issue">
            {t('findings.issue')}
          </button>
        </div>
      </div>
      {props.scope === 'article' ? (
        <>
          <p className="muted small-text">
            {result?.rate ? t('findings.rate', { rate: result.rate, source: t(`findings.rateSource.${result.rateSource}`) }) : t('findings.noRate')}
            {accepted > 0 && ` · ${t('findings.acceptedCount', { count: accepted })}`}
          </p>
          {findings.length === 0 ? (
            <p className="muted" data-testid="no-findings">{t('findings.none')}</p>
          ) : (
            <FindingList findings={findings} activeId={props.activeId} onSelect={props.onSelect} onFix={props.onFix} onAccept={props.onAccept} />
          )}
          <p className="muted small-text">{t('findings.stepHint')}</p>
        </>
      ) : (
        <IssueFindings issueId={props.issueId} version={props.savedVersion} onSelect={props.onSelectInIssue} />
      )}
    </div>
  );
});
