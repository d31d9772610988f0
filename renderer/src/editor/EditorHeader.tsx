import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleState, Issue } from '../../../glossary/model.ts';
import { hrefOf } from '../shell/route.ts';
import { StateSteps } from './StateSteps.tsx';
import type { SaveStatus } from './useAutosave.ts';

interface Props {
  issue: Issue | undefined;
  article: Article;
  title: string;
  status: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onState: (state: ArticleState) => void;
}

/** Memoized: typing changes the header only when the title or the save status changes. */
export const EditorHeader = memo(function EditorHeader({ issue, article, title, status, canUndo, canRedo, onUndo, onRedo, onState }: Props) {
  const { t } = useTranslation();
  return (
    <div className="editor-head">
      <a className="back" href={hrefOf({ screen: 'issue', id: article.issueId })} data-testid="back-to-issue">
        ← {issue ? t('issues.issueNumber', { number: issue.number }) : t('nav.issues')}
      </a>
      <span className="muted">{t(`section.${article.section}`)}</span>
      <h1 className="editor-title">{title.trim() || t('issues.untitled')}</h1>
      <span className="spacer" />
      <button type="button" className="ghost" disabled={!canUndo} onClick={onUndo} title="Ctrl+Z" data-testid="undo">{t('editor.undo')}</button>
      <button type="button" className="ghost" disabled={!canRedo} onClick={onRedo} title="Ctrl+Shift+Z" data-testid="redo">{t('editor.redo')}</button>
      <StateSteps state={article.state} onState={onState} />
      <span className={`save-status ${status}`} data-testid="save-status" data-status={status}>{t(`save.${status}`)}</span>
    </div>
  );
});
