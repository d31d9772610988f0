// The editor's side panel: findings, comments and versions of the article, as tabs.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentsPanel } from '../review/CommentsPanel.tsx';
import type { useArticleComments } from '../review/useArticleComments.ts';
import { VersionsPanel } from '../review/VersionsPanel.tsx';

export type SideTab = 'findings' | 'comments' | 'versions' | 'terms' | 'names';

interface Props {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  findingCount: number;
  comments: ReturnType<typeof useArticleComments>;
  versions: Parameters<typeof VersionsPanel>[0];
  /** The findings panel (shown on the findings tab). */
  children: ReactNode;
  /** The workbench's tabs (terms, names), after the others. */
  extraTabs?: { id: SideTab; label: string; count: number | null; content: ReactNode }[];
}

export function SidePanel({ tab, onTab, findingCount, comments, versions, children, extraTabs = [] }: Props) {
  const { t } = useTranslation();
  const openComments = comments.all.filter((c) => c.resolvedAt === null).length;
  const tabs: [SideTab, string, number | null][] = [
    ['findings', t('findings.title'), findingCount],
    ['comments', t('comments.title'), openComments],
    ['versions', t('versions.title'), null],
    ...extraTabs.map((extra): [SideTab, string, number | null] => [extra.id, extra.label, extra.count]),
  ];
  return (
    <aside className="findings-panel" aria-label={t('findings.title')}>
      <div className="tabs side-tabs" role="tablist">
        {tabs.map(([id, label, count]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={`tab${tab === id ? ' active' : ''}`} onClick={() => onTab(id)} data-testid={`tab-${id}`}>
            {label} {count !== null && <span className="badge">{count}</span>}
          </button>
        ))}
      </div>
      {tab === 'findings' && children}
      {tab === 'comments' && (
        <CommentsPanel
          comments={comments.shown}
          showResolved={comments.showResolved}
          onShowResolved={comments.setShowResolved}
          activeId={comments.activeId}
          onSelect={comments.select}
          onResolve={comments.resolve}
          onReopen={comments.reopen}
        />
      )}
      {tab === 'versions' && <VersionsPanel {...versions} />}
      {extraTabs.find((extra) => extra.id === tab)?.content}
    </aside>
  );
}
