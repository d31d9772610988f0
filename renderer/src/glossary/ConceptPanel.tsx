// Side panel: add or edit a concept (terms per language with status), deprecate a term, approve,
// delete, and the change history.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, Concept, ConceptInput, HistoryEntry } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { CATEGORY_LIST } from '../domain.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { ConceptHistory } from './ConceptHistory.tsx';
import { TermRows, type EditableTerm } from './TermRows.tsx';
import { termList } from './conceptText.ts';
import { useDuplicates } from '../workbench/useDuplicates.ts';
import { pinyinOf } from '../workbench/pinyin.ts';

interface Props {
  concept: Concept | null;
  onSaved: (concept: Concept | null) => void;
  onClose: () => void;
  /** Opens another concept (the existing one a duplicate warning names). */
  onOpen?: (concept: Concept) => void;
}

function editable(concept: Concept | null): EditableTerm[] {
  if (!concept) return [{ lang: 'zh', text: '', status: 'preferred', note: '' }, { lang: 'ko', text: '', status: 'preferred', note: '' }];
  return concept.terms.map((term) => ({ id: term.id, lang: term.lang, text: term.text, status: term.status, note: term.note ?? '' }));
}

export function ConceptPanel({ concept, onSaved, onClose, onOpen }: Props) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<Category>(concept?.category ?? 'other');
  const [note, setNote] = useState(concept?.note ?? '');
  const [definition, setDefinition] = useState(concept?.definition ?? '');
  const [pinyin, setPinyin] = useState(concept?.pinyin ?? '');
  const [sourceIssue, setSourceIssue] = useState(concept?.sourceIssue ?? '');
  const [sourceUrl, setSourceUrl] = useState(concept?.sourceUrl ?? '');
  const [terms, setTerms] = useState(() => editable(concept));
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const firstZh = terms.find((term) => term.lang.startsWith('zh') && term.text.trim() !== '')?.text ?? '';
  const duplicates = useDuplicates(terms.filter((term) => term.lang.startsWith('zh')).map((term) => term.text), concept?.id);

  useEffect(() => {
    setCategory(concept?.category ?? 'other');
    setNote(concept?.note ?? '');
    setDefinition(concept?.definition ?? '');
    setPinyin(concept?.pinyin ?? '');
    setSourceIssue(concept?.sourceIssue ?? '');
    setSourceUrl(concept?.sourceUrl ?? '');
    setTerms(editable(concept));
    setConfirmDelete(false);
    if (concept) api.conceptHistory({ id: concept.id }).then(setHistory, setError);
    else setHistory([]);
  }, [concept]);

  const run = async (work: () => Promise<Concept | null>) => {
    try {
      onSaved(await work());
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const input: ConceptInput = {
      category,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(definition.trim() ? { definition: definition.trim() } : {}),
      ...(pinyin.trim() ? { pinyin: pinyin.trim() } : {}),
      ...(sourceIssue.trim() ? { sourceIssue: sourceIssue.trim() } : {}),
      ...(sourceUrl.trim() ? { sourceUrl: sourceUrl.trim() } : {}),
      ...(concept?.subjectField ? { subjectField: concept.subjectField } : {}),
      ...(concept?.externalId ? { externalId: concept.externalId } : {}),
      ...(concept?.approval ? { approval: concept.approval } : {}),
      terms: terms
        .filter((term) => term.text.trim() !== '')
        .map((term) => ({ lang: term.lang.trim(), text: term.text.trim(), status: term.status, ...(term.note ? { note: term.note } : {}) })),
    };
    void run(() => api.saveConcept(concept ? { id: concept.id, input } : { input }));
  };

  return (
    <aside className="concept-panel" data-testid="concept-panel">
      <form onSubmit={save} className="form">
        <div className="panel-head">
          <h2>{concept ? t('glossary.editConcept', { id: concept.id }) : t('glossary.newConcept')}</h2>
          <button type="button" className="ghost" onClick={onClose} aria-label={t('common.close')}>×</button>
        </div>
        {concept && <p className={`approval ${concept.approval}`}>{t(`approval.${concept.approval}`)}</p>}
        <label>
          {t('glossary.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value as Category)} data-testid="concept-category">
            {CATEGORY_LIST.map((c) => (
              <option key={c} value={c}>{t(`category.${c}`)}</option>
            ))}
          </select>
        </label>
        {duplicates.length > 0 && (
          <div className="duplicate-warning" role="alert" data-testid="duplicate-warning">
            {duplicates.map((other) => (
              <p key={other.id}>
                {t('workbench.duplicate', { zh: termList(other, 'zh'), ko: termList(other, 'ko'), id: other.id })}{' '}
                {onOpen && (
                  <button type="button" className="small" onClick={() => onOpen(other)} data-testid="open-duplicate">{t('workbench.openExisting')}</button>
                )}
              </p>
            ))}
          </div>
        )}
        <TermRows terms={terms} onChange={setTerms} onDeprecate={(termId) => void run(() => api.setTermStatus({ termId, status: 'deprecated' }))} />
        <button type="button" className="ghost small" onClick={() => setTerms([...terms, { lang: 'ko', text: '', status: 'admitted', note: '' }])} data-testid="add-term-row">
          + {t('glossary.addTerm')}
        </button>
        <label>
          {t('glossary.note')}
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="pinyin-field">
          <label>
            {t('workbench.pinyin')}
            <input value={pinyin} onChange={(e) => setPinyin(e.target.value)} lang="zh-Latn-pinyin" placeholder="yì huá tōng" data-testid="concept-pinyin" />
          </label>
          <button
            type="button"
            className="ghost small"
            disabled={!firstZh}
            onClick={() => setPinyin(pinyinOf(firstZh, category === 'person'))}
            data-testid="concept-pinyin-fill"
          >
            {t('workbench.pinyinFill')}
          </button>
        </div>
        <label>
          {t('workbench.definition')}
          <textarea rows={2} value={definition} onChange={(e) => setDefinition(e.target.value)} data-testid="concept-definition" />
        </label>
        <label>
          {t('workbench.sourceIssue')}
          <input value={sourceIssue} onChange={(e) => setSourceIssue(e.target.value)} placeholder="2024-06-21" data-testid="concept-source-issue" />
        </label>
        <label>
          {t('workbench.sourceUrl')}
          <input value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} placeholder="https://" data-testid="concept-source-url" />
        </label>
        <ErrorBanner error={error} />
        <div className="dialog-actions">
          {concept && concept.approval !== 'approved' && (
            <button type="button" onClick={() => void run(() => api.approveConcept({ id: concept.id }))} data-testid="approve-concept">{t('glossary.approve')}</button>
          )}
          {concept && (confirmDelete ? (
            <button type="button" className="danger" onClick={() => void run(async () => (await api.deleteConcept({ id: concept.id }), null))}>{t('glossary.confirmDelete')}</button>
          ) : (
            <button type="button" className="ghost" onClick={() => setConfirmDelete(true)}>{t('common.delete')}</button>
          ))}
          <button type="submit" className="primary" data-testid="concept-save">{t('common.save')}</button>
        </div>
      </form>
      {concept && (
        <section>
          <h3>{t('glossary.history')}</h3>
          <ConceptHistory entries={history} />
        </section>
      )}
    </aside>
  );
}
