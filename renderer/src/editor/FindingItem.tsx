import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../glossary/checks/types.ts';
import { messageIn } from '../i18n/index.ts';
import { canQuickFix } from './findingId.ts';
import { FindingCandidates } from '../workbench/SameTermChoice.tsx';

interface Props {
  finding: Finding;
  active: boolean;
  onSelect: (finding: Finding) => void;
  onFix?: (finding: Finding) => void;
  onAccept?: (finding: Finding) => void;
  /** On an accepted finding: take the acceptance back. */
  onRestore?: (finding: Finding) => void;
  /** On untranslated Chinese: open "add to glossary" with it. */
  onAddTerm?: (zh: string) => void;
  /** In a virtualized list: the row's index, its top in the list (px) and the virtualizer's measure ref. */
  index?: number;
  top?: number;
  measureRef?: (element: HTMLLIElement | null) => void;
}

// Row geometry is written through the CSSOM (React's style prop), which the CSP's style-src allows.
function placed(top: number | undefined) {
  return top === undefined ? undefined : { position: 'absolute' as const, top: 0, left: 0, right: 0, transform: `translateY(${top}px)` };
}

/** Memoized: while typing, only findings whose offsets moved are rendered again. */
export const FindingItem = memo(function FindingItem({ finding, active, onSelect, onFix, onAccept, onRestore, onAddTerm, index, top, measureRef }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <li
      ref={measureRef}
      data-index={index}
      style={placed(top)}
      className={`finding-item sev-${finding.severity}${active ? ' active' : ''}`}
      data-testid="finding"
      data-rule={finding.rule}
    >
      <button type="button" className="finding-main" onClick={() => onSelect(finding)} aria-current={active}>
        <span className={`severity sev-${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
        <span className="rule">{t(`rule.${finding.rule}`)}</span>
        <span className="where muted">{finding.line}:{finding.column}</span>
        <span className="message" data-testid="finding-message">{messageIn(finding.message, i18n.language)}</span>
        {canQuickFix(finding) && (
          <span className="suggestion">
            «{finding.text}» → «{finding.suggestion}»
          </span>
        )}
      </button>
      <span className="finding-actions">
        {onFix && canQuickFix(finding) && (
          <button type="button" className="primary small" onClick={() => onFix(finding)} data-testid="finding-fix">{t('findings.fix')}</button>
        )}
        {onAddTerm && finding.rule === 'untranslated' && finding.suggestion === undefined && (
          <button type="button" className="small" onClick={() => onAddTerm(finding.text)} data-testid="finding-add-term">+ {t('editor.addToGlossary')}</button>
        )}
        {onAccept && (
          <button type="button" className="ghost small" onClick={() => onAccept(finding)} data-testid="finding-accept">{t('findings.accept')}</button>
        )}
        {onRestore && (
          <button type="button" className="ghost small" onClick={() => onRestore(finding)} data-testid="finding-restore">{t('workbench.unaccept')}</button>
        )}
      </span>
      <FindingCandidates finding={finding} />
    </li>
  );
});
