// One rule of the review report: its name, severity and count, then each finding with the article
// it is in, where, the text, the message and the suggestion. A click opens the article at it.
import { useTranslation } from 'react-i18next';
import type { ReportFinding, RuleGroup } from '../../../glossary/bulletin/review-report.ts';
import { messageIn } from '../i18n/index.ts';

interface Props {
  group: RuleGroup;
  onOpen: (finding: ReportFinding) => void;
}

export function RuleGroupSection({ group, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="rule-group" data-testid="rule-group" data-rule={group.rule}>
      <h3>
        <span className={`severity-badge sev-${group.severity}`}>{t(`severity.${group.severity}`)}</span>
        <span className="rule-name">{t(`rule.${group.rule}`)}</span>
        <span className="badge" data-testid="rule-count">{group.count}</span>
      </h3>
      <table className="table report-table">
        <thead>
          <tr>
            <th>{t('report.article')}</th>
            <th>{t('report.where')}</th>
            <th>{t('report.text')}</th>
            <th>{t('report.message')}</th>
            <th>{t('report.suggestion')}</th>
          </tr>
        </thead>
        <tbody>
          {group.findings.map((finding, index) => (
            <tr key={`${finding.key}-${index}`} className={`report-row sev-${finding.severity}`} data-testid="report-finding" onClick={() => onOpen(finding)}>
              <td>
                <a
                  href={`#/article/${finding.articleId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    event.stopPropagation();
                    onOpen(finding);
                  }}
                  data-testid="report-open"
                >
                  {finding.articleTitle.trim() || t('issues.untitled')}
                </a>
              </td>
              <td className="num">{finding.line}:{finding.column}</td>
              <td className="report-text" lang="ko">{finding.text}</td>
              <td>{messageIn(finding.message, i18n.language)}</td>
              <td lang="ko">{finding.suggestion ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
