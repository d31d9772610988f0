// Two (or more) concepts sharing one Chinese term, side by side: each with its renderings and their
// statuses, its notes, pinyin and definition, and a button that uses it. Shown in the term pane and
// on the findings about such a term.
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import type { Finding } from '../../../glossary/checks/types.ts';
import type { Concept } from '../../../glossary/model.ts';
import { asRecognized, useSameTerm } from './useSameTerm.ts';

interface Props {
  zh: string;
  concepts: Concept[];
  /** The concept the checks or the recognizer took (marked as such). */
  currentId?: number;
  onChoose: (term: RecognizedTerm) => void;
}

export function SameTermChoice({ zh, concepts, currentId, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <div className="same-term" data-testid="same-term">
      <p className="small-text same-term-head">{t('workbench.candidates', { count: concepts.length })}</p>
      <div className="same-term-grid">
        {concepts.map((concept) => (
          <div key={concept.id} className={`same-term-candidate cat-${concept.category}${concept.id === currentId ? ' current' : ''}`} data-testid="candidate">
            <div className="small-text muted">
              #{concept.id} · {t(`category.${concept.category}`)}
              {concept.pinyin && <> · <span lang="zh-Latn-pinyin">{concept.pinyin}</span></>}
            </div>
            <ul className="renderings">
              {concept.terms.filter((term) => term.lang.startsWith('ko')).map((term) => (
                <li key={term.id} className={`status-${term.status}`}>
                  <span lang="ko">{term.text}</span> <span className="muted small-text">{t(`termStatus.${term.status}`)}</span>
                  {term.note && <span className="small-text"> — {term.note}</span>}
                </li>
              ))}
            </ul>
            {concept.note && <p className="small-text term-note" data-testid="candidate-note">{concept.note}</p>}
            {concept.definition && <p className="small-text">{concept.definition}</p>}
            <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={() => onChoose(asRecognized(concept, zh))} data-testid="candidate-choose">
              {t('workbench.choose')}
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}

/** What a finding's candidates need from the editor: the glossary version and what choosing does. */
export interface CandidateActions {
  version: number;
  choose: (finding: Finding, term: RecognizedTerm) => void;
}

export const CandidateContext = createContext<CandidateActions | null>(null);

const TERM_RULES = new Set(['term-missing', 'term-mismatch', 'term-forbidden']);

/** On a finding about a glossary term that two concepts share: both, to choose from. */
export function FindingCandidates({ finding }: { finding: Finding }) {
  const actions = useContext(CandidateContext);
  const zh = TERM_RULES.has(finding.rule) && typeof finding.params?.zh === 'string' ? finding.params.zh : '';
  const found = useSameTerm(zh && actions ? [zh] : [], actions?.version ?? 0);
  const concepts = found.get(zh);
  if (!actions || !concepts) return null;
  const preferred = finding.params?.preferred;
  const current = concepts.find((c) => c.terms.some((term) => term.lang.startsWith('ko') && term.text === preferred));
  return <SameTermChoice zh={zh} concepts={concepts} currentId={current?.id} onChoose={(term) => actions.choose(finding, term)} />;
}
