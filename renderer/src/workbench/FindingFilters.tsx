// Severity and rule filters above the findings list.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../glossary/checks/types.ts';
import { SEVERITY_LIST } from '../domain.ts';
import { rulesOf, type FindingFilter } from './arrangeFindings.ts';

interface Props {
  findings: readonly Finding[];
  filter: FindingFilter;
  onFilter: (filter: FindingFilter) => void;
}

export function FindingFilters({ findings, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const rules = rulesOf(findings);
  if (filter.rule !== 'all' && !rules.includes(filter.rule)) rules.push(filter.rule);
  return (
    <div className="finding-filters">
      <select value={filter.severity} onChange={(e) => onFilter({ ...filter, severity: e.target.value as FindingFilter['severity'] })} aria-label={t('workbench.severityFilter')} data-testid="filter-severity">
        <option value="all">{t('workbench.allSeverities')}</option>
        {SEVERITY_LIST.map((s) => (
          <option key={s} value={s}>{t(`severity.${s}`)}</option>
        ))}
      </select>
      <select value={filter.rule} onChange={(e) => onFilter({ ...filter, rule: e.target.value })} aria-label={t('workbench.ruleFilter')} data-testid="filter-rule">
        <option value="all">{t('workbench.allRules')}</option>
        {rules.map((r) => (
          <option key={r} value={r}>{t(`rule.${r}`)}</option>
        ))}
      </select>
    </div>
  );
}
