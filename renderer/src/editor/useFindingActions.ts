// What the editor does with a finding: select it in its field, step through the list, quick-fix it,
// accept it (it is not shown again) or restore an accepted one.
import { useCallback, useState } from 'react';
import type { Finding } from '../../../glossary/checks/types.ts';
import { api } from '../api/client.ts';
import type { Caret, Draft, DraftField } from './draft.ts';
import { canQuickFix, findingId } from './findingId.ts';
import { spliceText } from './insertion.ts';
import { stepFinding } from '../workbench/arrangeFindings.ts';

interface Options {
  findings: Finding[];
  caret: { current: Caret | null };
  pendingCaret: { current: Caret | null };
  /** The draft as of the last edit. */
  latest: () => Draft;
  /** Applies a text change as one undo step. */
  apply: (field: DraftField, value: string) => void;
  recheck: () => void;
  onError: (failure: unknown) => void;
}

export function useFindingActions({ findings, caret, pendingCaret, latest, apply, recheck, onError }: Options) {
  const [activeId, setActiveId] = useState<string | null>(null);

  const selectRange = useCallback((range: Caret) => {
    const element = document.querySelector<HTMLTextAreaElement>(`[data-testid="draft-${range.field}"]`);
    if (!element) return;
    element.focus();
    element.setSelectionRange(range.start, range.end);
    caret.current = range;
  }, [caret]);

  const select = useCallback((finding: Finding) => {
    setActiveId(findingId(finding));
    selectRange({ field: finding.field ?? 'body', start: finding.start, end: finding.end });
  }, [selectRange]);

  const fix = (finding: Finding) => {
    const field = finding.field ?? 'body';
    const text = latest()[field];
    if (!canQuickFix(finding) || finding.suggestion === undefined || text.slice(finding.start, finding.end) !== finding.text) return;
    const { value, caret: after } = spliceText(text, finding.start, finding.end, finding.suggestion);
    pendingCaret.current = { field, start: after, end: after };
    apply(field, value);
  };

  const accept = async (finding: Finding) => {
    try {
      await api.acceptFinding({ key: finding.key, rule: finding.rule, text: finding.text });
      recheck();
    } catch (failure) {
      onError(failure);
    }
  };

  const restore = async (finding: Finding) => {
    try {
      await api.restoreAccepted({ key: finding.key });
      recheck();
    } catch (failure) {
      onError(failure);
    }
  };

  const step = (direction: 1 | -1) => {
    // Errors first, then warnings, style and information (stepFinding's order).
    const next = stepFinding(findings, (f) => findingId(f) === activeId, direction);
    if (next) select(next);
  };

  return { activeId, selectRange, select, fix, accept, restore, step };
}
