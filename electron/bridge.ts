// What main and preload agree on: the IPC channel names, the reply envelope and the menu actions.
// Type-only imports plus plain constants, so the sandboxed preload bundle stays tiny and the renderer
// may `import type { DesktopBridge, MenuAction } from '../electron/bridge.ts'` without pulling in Node.
import type { ApiErrorPayload, DonghyangApi } from '../glossary/api.ts';

/** renderer → main: every service call, `invoke(CALL_CHANNEL, method, arg)`. */
export const CALL_CHANNEL = 'donghyang:call';
/** renderer → main: print the sending page to an A4 PDF and save it where the user says. */
export const PRINT_PDF_CHANNEL = 'donghyang:print-pdf';
/** renderer → main: open this team server's page instead of the local app, and remember it. */
export const TEAM_SERVER_CHANNEL = 'donghyang:team-server';
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
  'connect-team-server',
] as const;

export type MenuAction = (typeof MENU_ACTIONS)[number];

/** The reply of PRINT_PDF_CHANNEL: saved (and where), or not saved because the user cancelled. */
export interface PrintPdfResult {
  saved: boolean;
  path?: string;
}

/** What preload exposes as `window.donghyang`: the service contract, the menu subscription and PDF printing. */
export interface DesktopBridge extends DonghyangApi {
  /** Calls back with each menu action; returns a function that unsubscribes. */
  onMenu(callback: (action: MenuAction) => void): () => void;
  /** Prints the current page (the print view) to an A4 PDF and saves it where the user chooses. */
  printToPdf(): Promise<PrintPdfResult>;
  /** Opens a team server's page in this window instead of the local app (remembered); rejects with why an address is refused. */
  connectTeamServer(url: string): Promise<string>;
}

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value);
}
