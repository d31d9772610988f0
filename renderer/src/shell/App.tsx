import { useEffect, useState } from 'react';
import { Header } from './Header.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { useRoute } from './route.ts';
import { useMenu } from './useMenu.ts';
import { IssuesScreen } from '../issues/IssuesScreen.tsx';
import { IssueScreen } from '../issues/IssueScreen.tsx';
import { ArticleEditor } from '../editor/ArticleEditor.tsx';
import { GlossaryScreen } from '../glossary/GlossaryScreen.tsx';
import { PrintView } from '../publish/PrintView.tsx';
import { ReviewReportScreen } from '../review/ReviewReportScreen.tsx';
import { ToastHost } from './ToastHost.tsx';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function App() {
  const route = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  useMenu(() => setHelpOpen((open) => !open));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F1' || (event.key === '?' && !isTyping(event.target))) {
        event.preventDefault();
        setHelpOpen((open) => !open);
      } else if (event.key === 'Escape') {
        setHelpOpen(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <Header route={route} onHelp={() => setHelpOpen(true)} />
      <main className="app-main">
        {route.screen === 'issues' && <IssuesScreen />}
        {route.screen === 'issue' && <IssueScreen key={route.id} issueId={route.id} />}
        {route.screen === 'article' && <ArticleEditor key={route.id} articleId={route.id} />}
        {route.screen === 'glossary' && <GlossaryScreen />}
        {route.screen === 'review' && <ReviewReportScreen key={route.id} issueId={route.id} />}
        {route.screen === 'print' && <PrintView key={route.id} issueId={route.id} />}
      </main>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
      <ToastHost />
    </div>
  );
}
