// The term pane: the glossary terms of the source paragraph paired with the caret's draft
// paragraph, each with every rendering and its status, the category, the note and where the entry
// comes from. Ctrl+1…9 (in the draft) or a click inserts the n-th term's preferred rendering.
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import type { Concept } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { SameTermChoice } from './SameTermChoice.tsx';
import { useSameTerm } from './useSameTerm.ts';

interface Props {
  terms: RecognizedTerm[];
  /** Changes when the glossary changed (the concepts are read again). */
  glossaryVersion: number;
  onInsert: (hit: RecognizedTerm) => void;
}

/** The full concepts of the terms shown (source, definition), read once per glossary version. */
function useConcepts(ids: number[], version: number): Map<number, Concept> {
  const [concepts, setConcepts] = useState(new Map<number, Concept>());
  const key = ids.join(',');
  useEffect(() => {
    setConcepts(new Map());
  }, [version]);
  useEffect(() => {
    let current = true;
    const missing = ids.filter((id) => !concepts.has(id));
    if (missing.length === 0) return;
    Promise.all(missing.map((id) => api.getConcept({ id }).catch(() => null))).then((found) => {
      if (!current) return;
      setConcepts((previous) => {
        const next = new Map(previous);
        for (const concept of found) if (concept) next.set(concept.id, concept);
        return next;
      });
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version, concepts]);
  return concepts;
}

export const TermPane = memo(function TermPane({ terms, glossaryVersion, onInsert }: Props) {
  const { t } = useTranslation();
  const concepts = useConcepts(terms.map((hit) => hit.conceptId), glossaryVersion);
  const shared = useSameTerm(terms.map((hit) => hit.text), glossaryVersion);
  return (
    <div className="side-tab term-pane" data-testid="term-pane">
      <p className="muted small-text">{t('workbench.termsHint')}</p>
      {terms.length === 0 && <p className="muted" data-testid="no-terms">{t('workbench.noTerms')}</p>}
      <ol className="term-list">
        {terms.map((hit, index) => {
          const concept = concepts.get(hit.conceptId);
          const candidates = shared.get(hit.text);
          const ko = concept ? concept.terms.filter((term) => term.lang.startsWith('ko')) : hit.concept.ko.map((r, i) => ({ id: -i - 1, text: r.text, status: r.status }));
          return (
            <li key={hit.conceptId} className={`term-card cat-${hit.concept.category}`} data-testid="term-card">
              <div className="term-card-head">
                {index < 9 && <kbd title={`Ctrl+${index + 1}`}>{index + 1}</kbd>}
                <span lang="zh" className="term-zh">{hit.text}</span>
                <span className="chip">{t(`category.${hit.concept.category}`)}</span>
                <span className="spacer" />
                <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(hit)} data-testid="term-insert">
                  {t('workbench.insert')}
                </button>
              </div>
              {concept?.pinyin && <p className="small-text muted term-pinyin" lang="zh-Latn-pinyin" data-testid="term-pinyin">{concept.pinyin}</p>}
              {candidates ? (
                <SameTermChoice zh={hit.text} concepts={candidates} currentId={hit.conceptId} onChoose={onInsert} />
              ) : (
                <>
                  <ul className="renderings">
                    {ko.map((term) => (
                      <li key={term.id} className={`status-${term.status}`} data-testid="term-rendering">
                        <span lang="ko">{term.text}</span> <span className="muted small-text">{t(`termStatus.${term.status}`)}</span>
                        {'note' in term && typeof term.note === 'string' && term.note !== '' && <span className="small-text" data-testid="term-rendering-note"> — {term.note}</span>}
                      </li>
                    ))}
                  </ul>
                  {(concept?.note ?? hit.concept.note) && <p className="small-text term-note">{concept?.note ?? hit.concept.note}</p>}
                  {concept?.definition && <p className="small-text">{concept.definition}</p>}
                </>
              )}
              {(concept?.sourceIssue || concept?.sourceUrl) && (
                <p className="muted small-text" data-testid="term-source">
                  {t('workbench.source')}: {[concept.sourceIssue, concept.sourceUrl].filter(Boolean).join(' · ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
});
