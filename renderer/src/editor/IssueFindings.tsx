// Findings of every article of the issue (api.checkIssue), grouped by article.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../glossary/checks/types.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useLoad } from '../shell/useLoad.ts';
import { FindingItem } from './FindingItem.tsx';
import { findingId } from './findingId.ts';

interface Props {
  issueId: number;
  /** Bumped when the current article was saved, so the list follows the edits. */
  version: number;
  onSelect: (articleId: number, finding: Finding) => void;
}

export function IssueFindings({ issueId, version, onSelect }: Props) {
  const { t } = useTranslation();
  const report = useLoad(() => api.checkIssue({ issueId }), [issueId, version]);
  if (!report.value) return <ErrorBanner error={report.error} />;
  return (
    <div data-testid="issue-findings">
      {report.value.articles.map(({ articleId, title, result }) => {
        const open = result.findings.filter((f) => !f.accepted);
        return (
          <div key={articleId} className="issue-findings-article">
            <h4>
              {title.trim() || t('issues.untitled')} <span className="badge">{open.length}</span>
            </h4>
            <ul className="finding-list">
              {open.map((finding) => (
                <FindingItem key={findingId(finding)} finding={finding} active={false} onSelect={(f) => onSelect(articleId, f)} />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
