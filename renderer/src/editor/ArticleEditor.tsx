// The article editor: sources left, Korean draft right, findings beside. Owns the editable state and
// wires history, autosave, live checks and recognition together.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import type { Finding } from '../../../glossary/checks/types.ts';
import type { Article, ArticleState } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { CommentDialog } from '../review/CommentDialog.tsx';
import { useArticleComments } from '../review/useArticleComments.ts';
import { useDraftSelection } from '../review/useDraftSelection.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { navigate } from '../shell/route.ts';
import { showToast } from '../shell/toast.ts';
import { useLoad } from '../shell/useLoad.ts';
import { AddTermDialog } from './AddTermDialog.tsx';
import { DraftPane } from './DraftPane.tsx';
import { DRAFT_FIELDS, textBeforeCaret, wantsChinese, type Caret, type Draft, type DraftField, type EditableSource } from './draft.ts';
import { EditorHeader } from './EditorHeader.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { canQuickFix, findingId } from './findingId.ts';
import { mentionText, preferredKorean, spliceText } from './insertion.ts';
import { findPending, setPendingFinding, takePendingFinding } from './pendingFinding.ts';
import { createFieldFindings } from './fieldFindings.ts';
import { SidePanel, type SideTab } from './SidePanel.tsx';
import { SourcePane, newSource } from './SourcePane.tsx';
import { useAutosave } from './useAutosave.ts';
import { useDraftHistory } from './useDraftHistory.ts';
import { useEditorKeys } from './useEditorKeys.ts';
import { markInput, useLiveChecks } from './useLiveChecks.ts';
import { useRecognition } from './useRecognition.ts';
import { ConcordanceDialog } from '../workbench/ConcordanceDialog.tsx';
import { NamesPane } from '../workbench/NamesPane.tsx';
import { setPendingPlace, takePendingPlace, type Place } from '../workbench/pendingPlace.ts';
import { TermPane } from '../workbench/TermPane.tsx';
import { useWorkbench } from '../workbench/useWorkbench.ts';
import { useWorkbenchKeys } from '../workbench/useWorkbenchKeys.ts';
import { stepFinding } from '../workbench/arrangeFindings.ts';
import { CandidateContext, type CandidateActions } from '../workbench/SameTermChoice.tsx';
import { ApproveConfirm, TeamNotices } from '../team/EditorNotices.tsx';
import { useArticlePresence } from '../team/useArticlePresence.ts';
import { useLiveRefresh } from '../team/useLiveRefresh.ts';

const EMPTY_DRAFT: Draft = { title: '', lead: '', body: '' };

function editableSources(article: Article): EditableSource[] {
  const sources = article.sources.map((s) => ({ key: `saved-${s.id}`, id: s.id, title: s.title, url: s.url, text: s.text }));
  return sources.length > 0 ? sources : [newSource()];
}

export function ArticleEditor({ articleId }: { articleId: number }) {
  const { t } = useTranslation();
  const loaded = useLoad(() => api.getArticle({ id: articleId }), [articleId]);
  const issue = useLoad(async () => (loaded.value ? api.getIssue({ id: loaded.value.issueId }) : undefined), [loaded.value?.issueId]);
  const history = useDraftHistory(EMPTY_DRAFT);
  const [sources, setSources] = useState<EditableSource[] | null>(null);
  const [scope, setScope] = useState<'article' | 'issue'>('article');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [addTerm, setAddTerm] = useState<string | null>(null);
  const [glossaryVersion, setGlossaryVersion] = useState(0);
  const [savedVersion, setSavedVersion] = useState(0);
  const [savedDraft, setSavedDraft] = useState<Draft>(EMPTY_DRAFT);
  const [sideTab, setSideTab] = useState<SideTab>('findings');
  const [versionsKey, setVersionsKey] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [caretInBody, setCaretInBody] = useState<number | null>(null);
  const [concordance, setConcordance] = useState<string | null>(null);
  const [sourceFocus, setSourceFocus] = useState<{ source: number; start: number; end: number; seq: number } | null>(null);
  const [confirmApproval, setConfirmApproval] = useState<string | null>(null);
  const presence = useArticlePresence(articleId);
  // Team mode: a glossary change someone made reaches the recognizer here.
  useLiveRefresh((e) => e.kind === 'glossary', () => setGlossaryVersion((v) => v + 1), []);
  const caret = useRef<Caret | null>(null);
  const pendingCaret = useRef<Caret | null>(null);
  const revision = useRef(0);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const draftSelection = useDraftSelection();
  const ready = sources !== null;
  const draft = history.draft;

  const autosave = useAutosave(
    articleId,
    useMemo(() => (ready ? { draft, sources } : null), [ready, draft, sources]),
    useCallback((article: Article, keys: string[]) => {
      setSources((current) =>
        current?.map((s) => {
          const index = keys.indexOf(s.key);
          return s.id === undefined && index >= 0 && article.sources[index] ? { ...s, id: article.sources[index].id } : s;
        }) ?? current,
      );
      setSavedDraft({ title: article.title, lead: article.lead, body: article.body });
      setSavedVersion((v) => v + 1);
      loaded.setValue(article); // an edit may have sent an approved article back to review
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []),
  );

  // Initialize once the article arrives.
  useEffect(() => {
    const article = loaded.value;
    if (!article || sources !== null) return;
    const initial = { title: article.title, lead: article.lead, body: article.body };
    const initialSources = editableSources(article);
    history.reset(initial);
    setSavedDraft(initial);
    autosave.markSaved({ draft: initial, sources: initialSources }, article.updatedAt);
    setSources(initialSources);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded.value]);

  const sourceTexts = useMemo(() => (sources ?? []).map((s) => s.text), [sources]);
  const checks = useLiveChecks(articleId, ready ? draft : null, sourceTexts, revision.current);
  const recognition = useRecognition(sourceTexts, glossaryVersion);
  const workbench = useWorkbench(draft.body, sourceTexts, recognition.hits, caretInBody);

  // Same arrays for unchanged fields, so the memoized underlines and rows skip their re-render.
  const fieldFindings = useRef(createFieldFindings());
  const byField = useMemo(() => fieldFindings.current(checks.result?.findings ?? null, checks.checked, draft), [checks.result, checks.checked, draft]);
  const findings = useMemo(() => DRAFT_FIELDS.flatMap((field) => byField[field]), [byField]);

  // The draft as of the last edit, even before React rendered it (two events in one frame compose).
  const latestDraft = useRef(draft);
  latestDraft.current = draft;
  const commit = (next: Draft, group: string | null, field: DraftField) => {
    revision.current += 1;
    if (field === 'body') markInput(revision.current);
    latestDraft.current = next;
    checks.edited(next, revision.current); // the check leaves now, before this edit is rendered
    history.set(next, group);
  };

  const selectRange = useCallback((range: Caret) => {
    const element = document.querySelector<HTMLTextAreaElement>(`[data-testid="draft-${range.field}"]`);
    if (!element) return;
    element.focus();
    element.setSelectionRange(range.start, range.end);
    caret.current = range;
  }, []);

  const select = useCallback((finding: Finding) => {
    setActiveId(findingId(finding));
    selectRange({ field: finding.field ?? 'body', start: finding.start, end: finding.end });
  }, [selectRange]);

  const comments = useArticleComments({
    articleId,
    saved: savedDraft,
    draft,
    savedVersion,
    flush: autosave.flush,
    selectRange,
    onError: setError,
  });

  const saveVersion = async () => {
    try {
      await autosave.flush();
      await api.saveVersion({ issueId: loaded.value!.issueId, articleId });
      setVersionsKey((n) => n + 1);
      showToast(t('versions.saved'));
    } catch (failure) {
      setError(failure);
    }
  };

  const startComment = () => {
    const range = draftSelection.read() ?? draftSelection.selection;
    if (range) comments.start(range);
  };

  // Restore the caret after a programmatic change (insert, fix).
  useLayoutEffect(() => {
    const target = pendingCaret.current;
    if (!target) return;
    pendingCaret.current = null;
    const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="draft-${target.field}"]`);
    element?.focus();
    element?.setSelectionRange(target.start, target.end);
  }, [draft]);

  useLayoutEffect(() => {
    document.querySelector('.findings-textarea mark.active')?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  // A finding picked in the issue-wide list of another article.
  useEffect(() => {
    if (!checks.result) return;
    const target = takePendingFinding(articleId);
    const finding = target ? findPending(findings, target) : undefined;
    if (finding) select(finding);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checks.result]);

  const pick = (hit: RecognizedTerm) => {
    const korean = preferredKorean(hit.concept);
    if (!korean) return;
    const at = caret.current ?? { field: 'body' as const, start: draft.body.length, end: draft.body.length };
    const inserted = wantsChinese(at) ? mentionText(textBeforeCaret(draft, at), korean, hit.text) : korean;
    const { value, caret: after } = spliceText(draft[at.field], at.start, at.end, inserted);
    caret.current = { field: at.field, start: after, end: after };
    pendingCaret.current = caret.current;
    commit({ ...draft, [at.field]: value }, null, at.field);
  };

  const fix = (finding: Finding) => {
    const field = finding.field ?? 'body';
    if (!canQuickFix(finding) || finding.suggestion === undefined || draft[field].slice(finding.start, finding.end) !== finding.text) return;
    const { value, caret: after } = spliceText(draft[field], finding.start, finding.end, finding.suggestion);
    pendingCaret.current = { field, start: after, end: after };
    commit({ ...draft, [field]: value }, null, field);
  };

  // One of two concepts sharing a Chinese term, chosen on a finding: inserted (the term is missing)
  // or in place of the rendering the finding is about.
  const choose = (finding: Finding, term: RecognizedTerm) => {
    if (finding.rule === 'term-missing') return pick(term);
    const field = finding.field ?? 'body';
    const korean = preferredKorean(term.concept);
    if (!korean || draft[field].slice(finding.start, finding.end) !== finding.text) return;
    const { value, caret: after } = spliceText(draft[field], finding.start, finding.end, korean);
    pendingCaret.current = { field, start: after, end: after };
    commit({ ...draft, [field]: value }, null, field);
  };

  const accept = async (finding: Finding) => {
    try {
      await api.acceptFinding({ key: finding.key, rule: finding.rule, text: finding.text });
      checks.recheck();
    } catch (failure) {
      setError(failure);
    }
  };

  const restore = async (finding: Finding) => {
    try {
      await api.restoreAccepted({ key: finding.key });
      checks.recheck();
    } catch (failure) {
      setError(failure);
    }
  };

  const step = (direction: 1 | -1) => {
    const next = stepFinding(findings, (f) => findingId(f) === activeId, direction);
    if (next) select(next);
  };

  useEditorKeys({ undo: history.undo, redo: history.redo, step, saveVersion: () => void saveVersion(), comment: startComment });
  useWorkbenchKeys({
    concordance: (selected) => setConcordance(selected),
    insertTerm: (n) => {
      const hit = workbench.terms[n - 1];
      if (hit) pick(hit);
    },
  });

  // A concordance hit: in this article, select it; in another, open that article, which selects it.
  const openPlace = (place: Place) => {
    setConcordance(null);
    if (place.articleId !== articleId) {
      setPendingPlace(place);
      navigate({ screen: 'article', id: place.articleId });
    } else if (place.field === 'source') {
      setSourceFocus({ source: place.sourceIndex, start: place.start, end: place.end, seq: Date.now() });
    } else {
      selectRange({ field: place.field, start: place.start, end: place.end });
    }
  };
  useEffect(() => {
    const place = ready ? takePendingPlace(articleId) : null;
    if (place) window.requestAnimationFrame(() => openPlace(place));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  const changeState = async (state: ArticleState, confirm?: boolean) => {
    setConfirmApproval(null);
    try {
      const article = await api.setArticleState({ id: articleId, state, ...(confirm ? { confirm } : {}) });
      autosave.rebase(article.updatedAt);
      loaded.setValue(article);
    } catch (failure) {
      // Open errors or unresolved comments: the reviewer confirms, and the service records it.
      if (failure instanceof Error && failure.name === 'ConfirmationNeeded') setConfirmApproval(failure.message);
      else setError(failure);
    }
  };

  const edit = (field: DraftField, value: string) => commit({ ...latestDraft.current, [field]: value }, field, field);
  const changeSources = (next: EditableSource[]) => {
    revision.current += 1;
    setSources(next);
  };
  const selectInIssue = (otherId: number, finding: Finding) => {
    if (otherId === articleId) {
      setScope('article');
      const current = findings.find((f) => findingId(f) === findingId(finding));
      if (current) select(current);
    } else {
      setPendingFinding(otherId, finding);
      navigate({ screen: 'article', id: otherId });
    }
  };

  // Stable handlers for the memoized panes and finding items; they always act on the latest draft.
  const latest = useRef({ fix, accept, restore, pick, choose, edit, changeSources, selectInIssue, startComment, changeState });
  latest.current = { fix, accept, restore, pick, choose, edit, changeSources, selectInIssue, startComment, changeState };
  const candidateActions = useMemo<CandidateActions>(
    () => ({ version: glossaryVersion, choose: (finding, term) => latest.current.choose(finding, term) }),
    [glossaryVersion],
  );
  const onRestore = useCallback((finding: Finding) => void latest.current.restore(finding), []);
  const onFix = useCallback((finding: Finding) => latest.current.fix(finding), []);
  const onAccept = useCallback((finding: Finding) => void latest.current.accept(finding), []);
  const onPick = useCallback((hit: RecognizedTerm) => latest.current.pick(hit), []);
  const onEdit = useCallback((field: DraftField, value: string) => latest.current.edit(field, value), []);
  const onCaret = useCallback((field: DraftField, start: number, end: number) => {
    caret.current = { field, start, end };
    if (field === 'body') setCaretInBody(start);
  }, []);
  const onNameAdded = useCallback(() => {
    setGlossaryVersion((v) => v + 1);
    checks.recheck();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onSourcesChange = useCallback((next: EditableSource[]) => latest.current.changeSources(next), []);
  const onSelectInIssue = useCallback((otherId: number, finding: Finding) => latest.current.selectInIssue(otherId, finding), []);
  const onComment = useCallback(() => latest.current.startComment(), []);
  const onState = useCallback((state: ArticleState) => void latest.current.changeState(state), []);

  if (!loaded.value || !sources) return <ErrorBanner error={loaded.error} />;
  const issueId = loaded.value.issueId;

  return (
    <CandidateContext.Provider value={candidateActions}>
    <div className="editor" data-testid="editor">
      <EditorHeader
        issue={issue.value}
        article={loaded.value}
        title={draft.title}
        status={autosave.status}
        canUndo={history.canUndo}
        canRedo={history.canRedo}
        onUndo={history.undo}
        onRedo={history.redo}
        onState={onState}
      />
      <ErrorBanner error={error ?? autosave.error ?? checks.error ?? recognition.error ?? comments.error} onDismiss={() => setError(null)} />
      <TeamNotices presence={presence} />
      <ApproveConfirm message={confirmApproval} onConfirm={() => void changeState('approved', true)} onCancel={() => setConfirmApproval(null)} />
      <div className="editor-grid">
        <SourcePane
          sources={sources}
          hits={recognition.hits}
          onChange={onSourcesChange}
          onPick={onPick}
          onAddTerm={setAddTerm}
          paired={workbench.paired}
          focus={sourceFocus}
        />
        <DraftPane
          ref={bodyRef}
          draft={draft}
          findings={byField}
          comments={comments.marks}
          activeId={activeId}
          activeCommentId={comments.activeId}
          canComment={draftSelection.selection !== null}
          onComment={onComment}
          onEdit={onEdit}
          onCaret={onCaret}
        />
        <SidePanel
          tab={sideTab}
          onTab={setSideTab}
          findingCount={findings.length}
          comments={comments}
          versions={{ issueId, articleId, refreshKey: versionsKey, onSave: () => void saveVersion(), beforeCompare: autosave.flush }}
          extraTabs={[
            { id: 'terms', label: t('workbench.terms'), count: workbench.terms.length, content: <TermPane terms={workbench.terms} glossaryVersion={glossaryVersion} onInsert={onPick} /> },
            {
              id: 'names',
              label: t('workbench.names'),
              count: null,
              content: <NamesPane sourceTexts={sourceTexts} issueDate={issue.value?.date} glossaryVersion={glossaryVersion} onAdded={onNameAdded} onError={setError} />,
            },
          ]}
        >
          <FindingsPanel
            scope={scope}
            onScope={setScope}
            result={checks.result}
            checkedIn={checks.checkedIn}
            findings={findings}
            activeId={activeId}
            issueId={issueId}
            savedVersion={savedVersion}
            onSelect={select}
            onSelectInIssue={onSelectInIssue}
            onFix={onFix}
            onAccept={onAccept}
            onRestore={onRestore}
            onAddTerm={setAddTerm}
          />
        </SidePanel>
      </div>
      {comments.composing && (
        <CommentDialog
          quoted={comments.composing.quoted}
          onClose={comments.cancel}
          onSave={async (body) => {
            await comments.add(body);
            setSideTab('comments');
          }}
        />
      )}
      {concordance !== null && <ConcordanceDialog initial={concordance} onClose={() => setConcordance(null)} onOpen={openPlace} />}
      {addTerm !== null && (
        <AddTermDialog
          zh={addTerm}
          onClose={() => setAddTerm(null)}
          onSaved={() => {
            setAddTerm(null);
            setGlossaryVersion((v) => v + 1);
            checks.recheck();
          }}
        />
      )}
    </div>
    </CandidateContext.Provider>
  );
}
