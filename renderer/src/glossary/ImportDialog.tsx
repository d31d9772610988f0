// The dry-run preview of an import (adds, updates, conflicts, duplicates, warnings), its mapping
// step (sheet, columns, languages: a change reads the file again), and its application with the
// duplicate choices and a progress bar fed by api.progress().
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConceptInput, DuplicateChoice, ImportPlan, ImportResult } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { ImportDuplicates } from './ImportDuplicates.tsx';
import { ImportMapping, type MappingRequest } from './ImportMapping.tsx';
import { useServiceProgress } from './useServiceProgress.ts';
import { localizeWarning } from './importLabels.ts';

const LIST_LIMIT = 50;

function label(input: ConceptInput): string {
  const zh = input.terms.filter((t) => t.lang.startsWith('zh')).map((t) => t.text);
  const ko = input.terms.filter((t) => t.lang.startsWith('ko')).map((t) => t.text);
  // A file without Chinese or Korean still shows what it holds, never blank rows.
  if (zh.length === 0 && ko.length === 0) return input.terms.map((t) => `${t.text} (${t.lang})`).join(' · ');
  return `${zh.join(', ') || '—'} → ${ko.join(', ') || '—'}`;
}

export interface ImportSource {
  fileName: string;
  contentBase64: string;
}

interface Props {
  plan: ImportPlan & { planId: string };
  source: ImportSource;
  onClose: (applied: boolean) => void;
}

export function ImportDialog({ plan: firstPlan, source, onClose }: Props) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState(firstPlan);
  // A file's preview lists the first entries of each list; the counts count them all.
  const counts = plan.counts ?? {
    adds: plan.adds.length, updates: plan.updates.length, conflicts: plan.conflicts.length, duplicates: plan.duplicates?.length ?? 0, warnings: plan.warnings.length,
  };
  const [request, setRequest] = useState<MappingRequest>({});
  const [remapping, setRemapping] = useState(false);
  const [choices, setChoices] = useState<Record<number, DuplicateChoice>>({});
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useServiceProgress(running);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const remap = async (next: MappingRequest) => {
    setRequest(next);
    setRemapping(true);
    setError(null);
    try {
      setPlan(await api.previewImport({ ...source, ...next }));
      setChoices({});
    } catch (failure) {
      setError(failure);
    } finally {
      setRemapping(false);
    }
  };

  const apply = async () => {
    setRunning(true);
    try {
      const chosen = Object.entries(choices).map(([id, choice]) => ({ id: Number(id), choice }));
      const done = await api.applyImport({ planId: plan.planId, ...(chosen.length > 0 ? { choices: chosen } : {}) });
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
          <span className="count add" data-testid="import-adds">{t('import.adds', { count: counts.adds })}</span>
          <span className="count update" data-testid="import-updates">{t('import.updates', { count: counts.updates })}</span>
          <span className="count conflict" data-testid="import-conflicts">{t('import.conflicts', { count: counts.conflicts })}</span>
          <span className="count duplicate" data-testid="import-duplicate-count">{t('import.duplicates', { count: counts.duplicates })}</span>
          {remapping && <span className="small-text muted">{t('import.remapping')}</span>}
        </div>
        <ImportMapping plan={plan} request={request} busy={remapping || running || result !== null} onChange={(next) => void remap(next)} />
        <div className="import-lists">
          <section>
            <h3>{t('import.addsTitle')}</h3>
            <ul>
              {plan.adds.slice(0, LIST_LIMIT).map((input, i) => <li key={i}>{label(input)}</li>)}
              {counts.adds > Math.min(LIST_LIMIT, plan.adds.length) && (
                <li className="muted" data-testid="import-adds-more">{t('import.addsMore', { count: counts.adds - Math.min(LIST_LIMIT, plan.adds.length) })}</li>
              )}
            </ul>
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
        <ImportDuplicates
          duplicates={plan.duplicates ?? []}
          total={counts.duplicates}
          choices={choices}
          disabled={running || result !== null}
          onChoose={(id, choice) => setChoices((current) => ({ ...current, [id]: choice }))}
        />
        {plan.warnings.length > 0 && (
          <ul className="warnings" data-testid="import-warnings">
            {plan.warnings.slice(0, LIST_LIMIT).map((w, i) => <li key={i}>{localizeWarning(w, t)}</li>)}
            {counts.warnings > Math.min(LIST_LIMIT, plan.warnings.length) && (
              <li className="muted">{t('import.warningsMore', { count: counts.warnings - Math.min(LIST_LIMIT, plan.warnings.length) })}</li>
            )}
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
              <button type="button" className="primary" disabled={running || remapping} onClick={() => void apply()} data-testid="import-apply">{t('import.apply')}</button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
