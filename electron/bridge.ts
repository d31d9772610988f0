// What main and preload agree on: the two IPC channel names, the reply envelope and the menu actions.
// Type-only imports plus plain constants, so the sandboxed preload bundle stays tiny and the renderer
// may `import type { DesktopBridge, MenuAction } from '../electron/bridge.ts'` without pulling in Node.
import type { ApiErrorPayload, DonghyangApi } from '../glossary/api.ts';

/** renderer → main: every service call, `invoke(CALL_CHANNEL, method, arg)`. */
export const CALL_CHANNEL = 'donghyang:call';
/** main → renderer: a native menu item was chosen, `send(MENU_CHANNEL, action)`. */
export const MENU_CHANNEL = 'donghyang:menu';

/**
 * The reply of CALL_CHANNEL. Errors travel as data, not as a rejected invoke: Electron turns a
 * rejection into "Error invoking remote method …" and drops file/line/column.
 */
export type CallReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorPayload };

/** Menu items that the renderer carries out (the rest are native roles handled by Electron). */
export const MENU_ACTIONS = [
  'new-issue',
  'import-glossary',
  'export-glossary',
  'show-issues',
  'show-glossary',
  'next-finding',
  'previous-finding',
  'show-shortcuts',
] as const;

export type MenuAction = (typeof MENU_ACTIONS)[number];

/** What preload exposes as `window.donghyang`: the service contract plus the menu subscription. */
export interface DesktopBridge extends DonghyangApi {
  /** Calls back with each menu action; returns a function that unsubscribes. */
  onMenu(callback: (action: MenuAction) => void): () => void;
}

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value);
}
