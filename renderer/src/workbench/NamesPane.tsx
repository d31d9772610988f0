// Names to add: the proper names of the article's sources that the glossary lacks, each with its
// category and the recommended Korean form; one click (or Enter on the row) adds it as a proposed
// concept, after which it leaves the list.
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamesResult } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';

type Name = NamesResult['names'][number];

interface Props {
  sourceTexts: readonly string[];
  /** The issue's date, recorded as the new entries' source. */
  issueDate: string | undefined;
  glossaryVersion: number;
  onAdded: () => void;
  onError: (error: unknown) => void;
}

const DEBOUNCE_MS = 300;

export const NamesPane = memo(function NamesPane({ sourceTexts, issueDate, glossaryVersion, onAdded, onError }: Props) {
  const { t } = useTranslation();
  const [names, setNames] = useState<Name[] | null>(null);
  const [forms, setForms] = useState<Record<string, string>>({});
  const text = sourceTexts.filter((s) => s.trim() !== '').join('\n');

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      if (text === '') return setNames([]);
      api.findNames({ text }).then((result) => current && setNames(result.names), (failure: unknown) => current && onError(failure));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, glossaryVersion, onError]);

  const add = async (name: Name) => {
    const ko = (forms[name.zh] ?? name.recommended).trim();
    if (ko === '') return;
    try {
      await api.saveConcept({
        input: {
          category: name.category,
          approval: 'proposed',
          ...(issueDate ? { sourceIssue: issueDate } : {}),
          terms: [
            { lang: 'zh', text: name.zh, status: 'preferred' },
            { lang: 'ko', text: ko, status: 'preferred' },
          ],
        },
      });
      setNames((list) => list?.filter((n) => n.zh !== name.zh) ?? list);
      onAdded();
    } catch (failure) {
      onError(failure);
    }
  };

  return (
    <div className="side-tab names-pane" data-testid="names-pane" data-state={names === null ? 'loading' : 'ready'}>
      <p className="muted small-text">{t('workbench.namesHint')}</p>
      {names?.length === 0 && <p className="muted" data-testid="no-names">{t('workbench.noNames')}</p>}
      <ul className="name-list">
        {names?.map((name) => (
          <li
            key={name.zh}
            className={`name-row cat-${name.category}`}
            data-testid="name-row"
            tabIndex={0}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && event.target === event.currentTarget) {
                event.preventDefault();
                void add(name);
              }
            }}
          >
            <span lang="zh" className="name-zh">{name.zh}</span>
            <span className="chip">{t(`category.${name.category}`)}</span>
            <input
              lang="ko"
              value={forms[name.zh] ?? name.recommended}
              onChange={(e) => setForms((f) => ({ ...f, [name.zh]: e.target.value }))}
              onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void add(name))}
              aria-label={t('workbench.korean')}
              title={`${t('suggest.transcription')}: ${name.transcription} · ${t('suggest.hanjaReading')}: ${name.hanjaReading}`}
              data-testid="name-ko"
            />
            <span className="muted small-text">×{name.count}</span>
            <button type="button" className="small" onClick={() => void add(name)} data-testid="name-add">+ {t('workbench.add')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
});
