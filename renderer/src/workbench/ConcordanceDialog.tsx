// Ctrl+K: every occurrence of a string in the stored issues (sources and drafts, either Chinese
// script, Korean particles ignored), newest first. A click opens the place.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcordanceResult } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useEscape } from '../shell/useEscape.ts';
import { formatDate } from './dates.ts';
import type { Place } from './pendingPlace.ts';

type Hit = ConcordanceResult['hits'][number];

interface Props {
  initial: string;
  onClose: () => void;
  onOpen: (place: Place) => void;
}

const DEBOUNCE_MS = 150;

export function ConcordanceDialog({ initial, onClose, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState(initial);
  const [result, setResult] = useState<ConcordanceResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  useEscape(onClose);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  useEffect(() => {
    let current = true;
    if (query.trim() === '') {
      setResult(null);
      return;
    }
    const timer = window.setTimeout(() => {
      api.concordance({ query: query.trim() }).then(
        (found) => current && (setResult(found), setError(null)),
        (failure: unknown) => current && setError(failure),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  const draftFields = { title: t('editor.title'), lead: t('editor.lead'), body: t('editor.body') };
  const fieldName = (hit: Hit) => (hit.field === 'source' ? t('editor.sourceN', { n: hit.sourceIndex + 1 }) : draftFields[hit.field]);
  const open = (hit: Hit) =>
    onOpen({ articleId: hit.articleId, field: hit.field, sourceIndex: hit.sourceIndex, start: hit.fieldStart, end: hit.fieldEnd });

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="concordance-title" data-testid="concordance-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog wide concordance">
        <h2 id="concordance-title">{t('workbench.concordance')}</h2>
        <input value={query} onChange={(e) => setQuery(e.target.value)} ref={input} placeholder={t('workbench.concordanceHint')} aria-label={t('workbench.concordance')} data-testid="concordance-query" />
        <ErrorBanner error={error} />
        {result && (
          <p className="muted small-text" data-testid="concordance-count">
            {t('workbench.occurrences', { count: result.total, query: result.query })}
          </p>
        )}
        <ol className="concordance-hits">
          {result?.hits.map((hit, i) => (
            <li key={`${hit.articleId}-${hit.field}-${hit.sourceIndex}-${hit.fieldStart}-${i}`}>
              <button type="button" className="concordance-hit" onClick={() => open(hit)} data-testid="concordance-hit">
                <span className="hit-where muted small-text">
                  {formatDate(hit.date, i18n.language)} · {hit.issue} · {hit.article || `#${hit.articleId}`} · {fieldName(hit)}:{hit.line}
                </span>
                <span className="hit-text" lang={hit.field === 'source' ? 'zh' : 'ko'}>
                  {hit.text.slice(0, hit.start)}
                  <mark>{hit.text.slice(hit.start, hit.end)}</mark>
                  {hit.text.slice(hit.end)}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>{t('common.close')}</button>
        </div>
      </div>
    </div>
  );
}
