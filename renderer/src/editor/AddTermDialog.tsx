// "Add to glossary" for text selected in a source: prefilled with the suggested readings (official
// transcription, Sino-Korean reading) and saved as a new concept.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../glossary/api.ts';
import type { Category, Concept } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { CATEGORY_LIST } from '../domain.ts';
import { messageIn } from '../i18n/index.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';

interface Props {
  zh: string;
  /** The source text around the selection (a title before or after it marks a person). */
  context?: { before: string; after: string } | null;
  onClose: () => void;
  onSaved: (concept: Concept) => void;
}

export function AddTermDialog({ zh: initialZh, context, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [zh, setZh] = useState(initialZh);
  const [ko, setKo] = useState('');
  const [category, setCategory] = useState<Category>('other');
  const [note, setNote] = useState('');
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [historical, setHistorical] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      if (zh.trim() === '') return;
      // The context belongs to the selected text: not to what the user typed instead.
      const around = context && zh.trim() === initialZh.trim() ? { before: context.before, after: context.after } : {};
      api.suggest({ zh: zh.trim(), ...(historical ? { historical: true } : {}), ...around }).then(
        (result) => {
          if (!current) return;
          setSuggestion(result);
          setKo((previous) => (previous === '' || previous === suggestion?.recommended ? result.recommended : previous));
        },
        (failure: unknown) => current && setError(failure),
      );
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zh, historical]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const concept = await api.saveConcept({
        input: {
          category,
          ...(note.trim() ? { note: note.trim() } : {}),
          terms: [
            { lang: 'zh', text: zh.trim(), status: 'preferred' },
            { lang: 'ko', text: ko.trim(), status: 'preferred' },
          ],
        },
      });
      onSaved(concept);
    } catch (failure) {
      setError(failure);
    }
  };

  const choices = suggestion
    ? ([
        ['suggest.recommended', suggestion.recommended],
        ['suggest.transcription', suggestion.transcription],
        ['suggest.hanjaReading', suggestion.hanjaReading],
        ...(suggestion.established ? ([['suggest.established', suggestion.established]] as const) : []),
      ] as const)
    : [];

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="add-term-title" data-testid="add-term-dialog">
      <form className="dialog" onSubmit={save}>
        <h2 id="add-term-title">{t('suggest.title')}</h2>
        <label>
          {t('suggest.chinese')}
          <input lang="zh" value={zh} onChange={(e) => setZh(e.target.value)} data-testid="term-zh" />
        </label>
        {suggestion && (
          <div className="suggestions" data-testid="suggestions">
            <p className="muted">{t('suggest.pinyin')}: {suggestion.pinyin}</p>
            <div className="choices">
              {choices.map(([label, value]) => (
                <button key={label} type="button" className={value === ko ? 'choice active' : 'choice'} onClick={() => setKo(value)}>
                  <span className="muted">{t(label)}</span> <strong>{value}</strong>
                </button>
              ))}
            </div>
            {suggestion.hanjaAlternatives?.map((a) => (
              <p key={a.index} className="muted" data-testid="other-readings">
                {t('suggest.otherReadings')} {a.char}:{' '}
                {a.readings.filter((r) => r.reading !== a.reading).map((r) => `${r.reading} (${r.exampleKo})`).join(', ')}
              </p>
            ))}
            <p className="why">{messageIn(suggestion.why, i18n.language)}</p>
          </div>
        )}
        <label className="inline">
          <input type="checkbox" checked={historical} onChange={(e) => setHistorical(e.target.checked)} data-testid="term-historical" />
          {t('suggest.historical')}
        </label>
        <label>
          {t('suggest.korean')}
          <input lang="ko" required value={ko} onChange={(e) => setKo(e.target.value)} data-testid="term-ko" />
        </label>
        <label>
          {t('glossary.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value as Category)} data-testid="term-category">
            {CATEGORY_LIST.map((c) => (
              <option key={c} value={c}>{t(`category.${c}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('glossary.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="term-note" />
        </label>
        <ErrorBanner error={error} />
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={zh.trim() === '' || ko.trim() === ''} data-testid="term-save">{t('common.save')}</button>
        </div>
      </form>
    </div>
  );
}
