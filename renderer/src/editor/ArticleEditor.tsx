// The article editor: sources left, Korean draft and layout parts right, findings beside. Owns the
// editable state and wires history, autosave, live checks and recognition together.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import { insertLineAt } from '../../../glossary/bulletin/body-parts.ts';
import type { Finding } from '../../../glossary/checks/types.ts';
import type { ArticleState } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { useArticleComments } from '../review/useArticleComments.ts';
import { useDraftSelection } from '../review/useDraftSelection.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { navigate } from '../shell/route.ts';
import { showToast } from '../shell/toast.ts';
import { BODY_LINE_STARTS, type BodyLineKind } from './BodyInsertBar.tsx';
import { DraftPane, type DraftContext } from './DraftPane.tsx';
import { DRAFT_FIELDS, textBeforeCaret, wantsChinese, type ArticleDraft, type Caret, type DraftField, type EditableSource } from './draft.ts';
import { EditorDialogs } from './EditorDialogs.tsx';
import { EditorHeader } from './EditorHeader.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { findingId } from './findingId.ts';
import { mentionText, preferredKorean, spliceText } from './insertion.ts';
import { findPending, setPendingFinding, takePendingFinding } from './pendingFinding.ts';
import { createFieldFindings } from './fieldFindings.ts';
import { SidePanel, type SideTab } from './SidePanel.tsx';
import { SourcePane, type SourceContext } from './SourcePane.tsx';
import { useArticleSession } from './useArticleSession.ts';
import { useEditorKeys } from './useEditorKeys.ts';
import { useFindingActions } from './useFindingActions.ts';
import { markInput, useLiveChecks } from './useLiveChecks.ts';
import { useRecognition } from './useRecognition.ts';
import { NamesPane } from '../workbench/NamesPane.tsx';
import { setPendingPlace, takePendingPlace, type Place } from '../workbench/pendingPlace.ts';
import { TermPane } from '../workbench/TermPane.tsx';
import { useWorkbench } from '../workbench/useWorkbench.ts';
import { useWorkbenchKeys } from '../workbench/useWorkbenchKeys.ts';
import { CandidateContext, type CandidateActions } from '../workbench/SameTermChoice.tsx';
import { ApproveConfirm, EditLockNotice, TeamNotices } from '../team/EditorNotices.tsx';
import { useArticlePresence } from '../team/useArticlePresence.ts';
import { useEditLock } from '../team/useEditLock.ts';
import { useLiveRefresh } from '../team/useLiveRefresh.ts';

export function ArticleEditor({ articleId }: { articleId: number }) {
  const { t } = useTranslation();
  const { loaded, issue, history, draft, sources, setSources, ready, autosave, savedDraft, savedVersion } = useArticleSession(articleId);
  const [scope, setScope] = useState<'article' | 'issue'>('article');
  const [addTerm, setAddTerm] = useState<string | null>(null);
  // The source text around a selection added to the glossary: it may say the name is a person.
  const [addTermContext, setAddTermContext] = useState<SourceContext | null>(null);
  const onAddTermFromSource = useCallback((zh: string, context: SourceContext) => {
    setAddTermContext(context);
    setAddTerm(zh);
  }, []);
  const onAddTermElsewhere = useCallback((zh: string) => {
    setAddTermContext(null);
    setAddTerm(zh);
  }, []);
  const [glossaryVersion, setGlossaryVersion] = useState(0);
  const [sideTab, setSideTab] = useState<SideTab>('findings');
  const [versionsKey, setVersionsKey] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [caretInBody, setCaretInBody] = useState<number | null>(null);
  const [concordance, setConcordance] = useState<string | null>(null);
  const [sourceFocus, setSourceFocus] = useState<{ source: number; start: number; end: number; seq: number } | null>(null);
  const [confirmApproval, setConfirmApproval] = useState<string | null>(null);
  const presence = useArticlePresence(articleId);
  const lock = useEditLock(articleId);
  // Team mode: a glossary change someone made reaches the recognizer here.
  useLiveRefresh((e) => e.kind === 'glossary', () => setGlossaryVersion((v) => v + 1), []);
  const caret = useRef<Caret | null>(null);
  const pendingCaret = useRef<Caret | null>(null);
  const revision = useRef(0);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const draftSelection = useDraftSelection();

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
  const commit = (next: ArticleDraft, group: string | null) => {
    const before = latestDraft.current;
    revision.current += 1;
    if (next.body !== before.body) markInput(revision.current);
    latestDraft.current = next;
    checks.edited(next, revision.current); // the check leaves now, before this edit is rendered
    history.set(next, group);
  };

  const actions = useFindingActions({
    findings,
    caret,
    pendingCaret,
    latest: () => latestDraft.current,
    apply: (field, value) => commit({ ...latestDraft.current, [field]: value }, null),
    recheck: checks.recheck,
    onError: setError,
  });

  const comments = useArticleComments({
    articleId,
    saved: savedDraft,
    draft,
    savedVersion,
    flush: autosave.flush,
    selectRange: actions.selectRange,
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
  }, [actions.activeId]);

  // A finding picked in the issue-wide list of another article.
  useEffect(() => {
    if (!checks.result) return;
    const target = takePendingFinding(articleId);
    const finding = target ? findPending(findings, target) : undefined;
    if (finding) actions.select(finding);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checks.result]);

  const pick = (hit: RecognizedTerm) => {
    const korean = preferredKorean(hit.concept);
    if (korean) insertKorean(korean, hit.text);
  };

  // A rendering into the draft at the caret, with the Chinese at its first mention in a body.
  const insertKorean = (korean: string, chinese: string) => {
    if (!korean) return;
    const current = latestDraft.current;
    const at = caret.current ?? { field: 'body' as const, start: current.body.length, end: current.body.length };
    const inserted = wantsChinese(at) ? mentionText(textBeforeCaret(current, at), korean, chinese) : korean;
    const { value, caret: after } = spliceText(current[at.field], at.start, at.end, inserted);
    caret.current = { field: at.field, start: after, end: after };
    pendingCaret.current = caret.current;
    commit({ ...current, [at.field]: value }, null);
  };

  /** A footnote, ▶ note or `* 출처` line below the caret's body line; the caret waits at its end. */
  const insertBodyLine = (kind: BodyLineKind) => {
    const current = latestDraft.current;
    const at = caret.current?.field === 'body' ? current.body.slice(0, caret.current.start).split('\n').length - 1 : null;
    const { body, index } = insertLineAt(current.body, at, BODY_LINE_STARTS[kind]);
    const end = body.split('\n').slice(0, index + 1).join('\n').length;
    pendingCaret.current = { field: 'body', start: end, end };
    caret.current = pendingCaret.current;
    commit({ ...current, body }, null);
  };

  // One of two concepts sharing a Chinese term, chosen on a finding: inserted (the term is missing)
  // or in place of the rendering the finding is about.
  const choose = (finding: Finding, term: RecognizedTerm) => {
    if (finding.rule === 'term-missing') return pick(term);
    const field = finding.field ?? 'body';
    const korean = preferredKorean(term.concept);
    const current = latestDraft.current;
    if (!korean || current[field].slice(finding.start, finding.end) !== finding.text) return;
    const { value, caret: after } = spliceText(current[field], finding.start, finding.end, korean);
    pendingCaret.current = { field, start: after, end: after };
    commit({ ...current, [field]: value }, null);
  };

  useEditorKeys({ undo: history.undo, redo: history.redo, step: actions.step, saveVersion: () => void saveVersion(), comment: startComment });
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
      actions.selectRange({ field: place.field, start: place.start, end: place.end });
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

  const edit = (field: DraftField, value: string) => commit({ ...latestDraft.current, [field]: value }, field);
  const changeParts = (patch: Partial<ArticleDraft>, group: string | null) => commit({ ...latestDraft.current, ...patch }, group);
  const changeSources = (next: EditableSource[]) => {
    revision.current += 1;
    setSources(next);
  };
  const selectInIssue = (otherId: number, finding: Finding) => {
    if (otherId === articleId) {
      setScope('article');
      const current = findings.find((f) => findingId(f) === findingId(finding));
      if (current) actions.select(current);
    } else {
      setPendingFinding(otherId, finding);
      navigate({ screen: 'article', id: otherId });
    }
  };

  // Stable handlers for the memoized panes and finding items; they always act on the latest draft.
  const latest = useRef({ actions, pick, choose, insertKorean, edit, changeParts, insertBodyLine, changeSources, selectInIssue, startComment, changeState });
  latest.current = { actions, pick, choose, insertKorean, edit, changeParts, insertBodyLine, changeSources, selectInIssue, startComment, changeState };
  const candidateActions = useMemo<CandidateActions>(
    () => ({ version: glossaryVersion, choose: (finding, term) => latest.current.choose(finding, term) }),
    [glossaryVersion],
  );
  const onRestore = useCallback((finding: Finding) => void latest.current.actions.restore(finding), []);
  const onFix = useCallback((finding: Finding) => latest.current.actions.fix(finding), []);
  const onAccept = useCallback((finding: Finding) => void latest.current.actions.accept(finding), []);
  const onPick = useCallback((hit: RecognizedTerm) => latest.current.pick(hit), []);
  const onPickPlace = useCallback((korean: string, chinese: string) => latest.current.insertKorean(korean, chinese), []);
  const onEdit = useCallback((field: DraftField, value: string) => latest.current.edit(field, value), []);
  const onParts = useCallback((patch: Partial<ArticleDraft>, group: string | null) => latest.current.changeParts(patch, group), []);
  const onInsertLine = useCallback((kind: BodyLineKind) => latest.current.insertBodyLine(kind), []);
  const latestBody = useCallback(() => latestDraft.current.body, []);
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

  const section = loaded.value?.section ?? 'policy';
  const othersHaveSummary = issue.value?.articles.some((a) => a.id !== articleId && a.section !== 'brief' && a.summary.trim() !== '') ?? false;
  const context = useMemo<DraftContext>(
    () => ({ section, issueDate: issue.value?.date, othersHaveSummary, sources: sources ?? [] }),
    [section, issue.value?.date, othersHaveSummary, sources],
  );

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
      <EditLockNotice lock={lock} />
      <ApproveConfirm message={confirmApproval} onConfirm={() => void changeState('approved', true)} onCancel={() => setConfirmApproval(null)} />
      {/* Team mode: read-only (every field and button disabled) while someone else edits. */}
      <fieldset className="editor-lock" disabled={lock.lockedBy !== null} data-testid="editor-lock">
      <div className="editor-grid">
        <SourcePane
          sources={sources}
          hits={recognition.hits}
          onChange={onSourcesChange}
          onPick={onPick}
          onPickPlace={onPickPlace}
          onAddTerm={onAddTermFromSource}
          paired={workbench.paired}
          focus={sourceFocus}
        />
        <DraftPane
          ref={bodyRef}
          draft={draft}
          context={context}
          findings={byField}
          comments={comments.marks}
          activeId={actions.activeId}
          activeCommentId={comments.activeId}
          canComment={draftSelection.selection !== null}
          onComment={onComment}
          onEdit={onEdit}
          onCaret={onCaret}
          onParts={onParts}
          onInsertLine={onInsertLine}
          latestBody={latestBody}
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
            activeId={actions.activeId}
            issueId={issueId}
            savedVersion={savedVersion}
            onSelect={actions.select}
            onSelectInIssue={onSelectInIssue}
            onFix={onFix}
            onAccept={onAccept}
            onRestore={onRestore}
            onAddTerm={onAddTermElsewhere}
          />
        </SidePanel>
      </div>
      </fieldset>
      <EditorDialogs
        comments={comments}
        onCommentSaved={() => setSideTab('comments')}
        concordance={concordance}
        onCloseConcordance={() => setConcordance(null)}
        onOpenPlace={openPlace}
        addTerm={addTerm}
        addTermContext={addTermContext}
        onCloseAddTerm={() => setAddTerm(null)}
        onTermSaved={() => {
          setAddTerm(null);
          setGlossaryVersion((v) => v + 1);
          checks.recheck();
        }}
      />
    </div>
    </CandidateContext.Provider>
  );
}
