import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/index.ts';
import { App } from './shell/App.tsx';
import { TeamGate } from './team/TeamGate.tsx';
import './styles/base.css';
import './styles/shell.css';
import './styles/issues.css';
import './styles/editor.css';
import './styles/glossary.css';
import './styles/review.css';
import './styles/publish.css';
import './styles/print.css';
import './styles/workbench.css';
import './styles/team.css';
import './styles/article-parts.css';

initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TeamGate>
      <App />
    </TeamGate>
  </StrictMode>,
);
