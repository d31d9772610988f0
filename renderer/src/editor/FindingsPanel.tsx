// Findings of the article being edited (live) or of the whole issue, with quick fix and accept.
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../glossary/api.ts';
import type { Finding } from '../../../glossary/checks/types.ts';
import { FindingList } from './FindingList.tsx';
import { IssueFindings } from './IssueFindings.tsx';
import { FindingItem } from './FindingItem.tsx';
import { findingId } from './findingId.ts';
import { arrangeFindings, NO_FILTER } from '../workbench/arrangeFindings.ts';
import { FindingFilters } from '../workbench/FindingFilters.tsx';

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
  /** Un-accepts an accepted finding. */
  onRestore: (finding: Finding) => void;
  /** "Add to glossary" on an untranslated-Chinese finding. */
  onAddTerm: (zh: string) => void;
}

/** Memoized: a keystroke that leaves the findings as they were does not render the list again. */
export const FindingsPanel = memo(function FindingsPanel(props: Props) {
  const { t } = useTranslation();
  const { result, findings } = props;
  const [filter, setFilter] = useState(NO_FILTER);
  const [showAccepted, setShowAccepted] = useState(false);
  const shown = useMemo(() => arrangeFindings(findings, filter), [findings, filter]);
  const acceptedFindings = useMemo(() => result?.findings.filter((f) => f.accepted) ?? [], [result]);
  const accepted = acceptedFindings.length;
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
            {accepted > 0 && (
              <>
                {' · '}
                <button type="button" className="link small-text" onClick={() => setShowAccepted((v) => !v)} data-testid="show-accepted">
                  {showAccepted ? t('workbench.hideAccepted', { count: accepted }) : t('findings.acceptedCount', { count: accepted })}
                </button>
              </>
            )}
          </p>
          {findings.length > 0 && <FindingFilters findings={findings} filter={filter} onFilter={setFilter} />}
          {findings.length === 0 ? (
            <p className="muted" data-testid="no-findings">{t('findings.none')}</p>
          ) : (
            <FindingList findings={shown} activeId={props.activeId} onSelect={props.onSelect} onFix={props.onFix} onAccept={props.onAccept} onAddTerm={props.onAddTerm} />
          )}
          {showAccepted && accepted > 0 && (
            <div className="accepted-findings" data-testid="accepted-findings">
              <h3>{t('workbench.accepted')}</h3>
              <ul className="finding-list">
                {acceptedFindings.map((finding) => (
                  <FindingItem key={findingId(finding)} finding={finding} active={false} onSelect={props.onSelect} onRestore={props.onRestore} />
                ))}
              </ul>
            </div>
          )}
          <p className="muted small-text">{t('findings.stepHint')}</p>
        </>
      ) : (
        <IssueFindings issueId={props.issueId} version={props.savedVersion} onSelect={props.onSelectInIssue} />
      )}
    </div>
  );
});
