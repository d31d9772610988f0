// The dry-run preview of an import (adds, updates, conflicts, warnings) and its application with a
// progress bar fed by api.progress().
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConceptInput, ImportPlan, ImportResult } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useServiceProgress } from './useServiceProgress.ts';

const LIST_LIMIT = 50;

function label(input: ConceptInput): string {
  const zh = input.terms.filter((t) => t.lang.startsWith('zh')).map((t) => t.text);
  const ko = input.terms.filter((t) => t.lang === 'ko').map((t) => t.text);
  return `${zh.join(', ')} → ${ko.join(', ')}`;
}

interface Props {
  plan: ImportPlan & { planId: string };
  onClose: (applied: boolean) => void;
}

export function ImportDialog({ plan, onClose }: Props) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useServiceProgress(running);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const apply = async () => {
    setRunning(true);
    try {
      const done = await api.applyImport({ planId: plan.planId });
      setProgress({ phase: 'apply', done: 1, total: 1 });
      setResult(done);
    } catch (failure) {
      setError(failure);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
      <div className="dialog wide">
        <h2 id="import-title">{t('import.title', { file: plan.file })}</h2>
        <div className="import-counts">
          <span className="count add" data-testid="import-adds">{t('import.adds', { count: plan.adds.length })}</span>
          <span className="count update" data-testid="import-updates">{t('import.updates', { count: plan.updates.length })}</span>
          <span className="count conflict" data-testid="import-conflicts">{t('import.conflicts', { count: plan.conflicts.length })}</span>
        </div>
        <div className="import-lists">
          <section>
            <h3>{t('import.addsTitle')}</h3>
            <ul>{plan.adds.slice(0, LIST_LIMIT).map((input, i) => <li key={i}>{label(input)}</li>)}</ul>
          </section>
          <section>
            <h3>{t('import.updatesTitle')}</h3>
            <ul>{plan.updates.slice(0, LIST_LIMIT).map((u, i) => <li key={i}>#{u.existingId} {label(u.incoming)}</li>)}</ul>
          </section>
          <section>
            <h3>{t('import.conflictsTitle')}</h3>
            <ul>
              {plan.conflicts.slice(0, LIST_LIMIT).map((c, i) => (
                <li key={i}>#{c.existingId} {c.existingKo.join(', ')} ≠ {c.incomingKo.join(', ')}</li>
              ))}
            </ul>
          </section>
        </div>
        {plan.warnings.length > 0 && (
          <ul className="warnings" data-testid="import-warnings">
            {plan.warnings.slice(0, LIST_LIMIT).map((w, i) => <li key={i}>{w}</li>)}
          </ul>
        )}
        {(running || result) && (
          <progress max={progress?.total || 1} value={progress?.done ?? 0} data-testid="import-progress" aria-label={t('import.progress')} />
        )}
        {result && (
          <p className="import-result" data-testid="import-result">
            {t('import.result', { added: result.added, updated: result.updated, conflicts: result.conflicts })}
          </p>
        )}
        <ErrorBanner error={error} />
        <div className="dialog-actions">
          {result ? (
            <button type="button" className="primary" onClick={() => onClose(true)} data-testid="import-close">{t('common.close')}</button>
          ) : (
            <>
              <button type="button" className="ghost" disabled={running} onClick={() => onClose(false)}>{t('common.cancel')}</button>
              <button type="button" className="primary" disabled={running} onClick={() => void apply()} data-testid="import-apply">{t('import.apply')}</button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
