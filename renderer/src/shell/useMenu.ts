// The desktop app's native menu (Electron preload: window.donghyang.onMenu) drives the same actions
// as the keyboard. In the web mode there is no menu and this does nothing.
import { useEffect, useRef } from 'react';
import type { DesktopBridge, MenuAction } from '../../../electron/bridge.ts';
import { navigate } from './route.ts';

function focusSoon(selector: string, click = false): void {
  // After navigation the target renders on the next frames.
  let tries = 0;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.focus();
      if (click) element.click();
    } else if (++tries < 20) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Menu accelerators (F8, F1) take the key before the page sees it: replay it as the page's shortcut. */
function replayKey(key: string, shiftKey = false): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
}

export function runMenuAction(action: MenuAction, toggleHelp: () => void): void {
  switch (action) {
    case 'new-issue':
      navigate({ screen: 'issues' });
      return focusSoon('[data-testid="issue-number"]');
    case 'show-issues':
      return navigate({ screen: 'issues' });
    case 'show-glossary':
      return navigate({ screen: 'glossary' });
    case 'import-glossary':
      navigate({ screen: 'glossary' });
      return focusSoon('[data-testid="import-file"]', true);
    case 'export-glossary':
      navigate({ screen: 'glossary' });
      return focusSoon('[data-testid="export-tbx"]');
    case 'next-finding':
      return replayKey('F8');
    case 'previous-finding':
      return replayKey('F8', true);
    case 'show-shortcuts':
      return toggleHelp();
    case 'connect-team-server':
      // The dialog lives with the team code (renderer/src/team/ConnectTeamDialog.tsx).
      window.dispatchEvent(new Event('donghyang:connect-team-server'));
      return;
  }
}

export function useMenu(toggleHelp: () => void): void {
  const latest = useRef(toggleHelp);
  latest.current = toggleHelp;
  useEffect(() => {
    const bridge = window.donghyang as Partial<DesktopBridge> | undefined;
    if (typeof bridge?.onMenu !== 'function') return;
    return bridge.onMenu((action) => runMenuAction(action, () => latest.current()));
  }, []);
}
