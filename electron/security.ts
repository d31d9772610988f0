// All window hardening in one place (Electron's security checklist): locked-down webPreferences,
// one exact app origin, no navigation away from it, no new windows or webviews, no permissions,
// http(s)-only openExternal and a CSP on every response. main.ts only wires these in; the tests
// drive them with plain objects standing in for WebContents, Session and App.
import type { App, Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from './serve-headers.ts';

/** The app is served from a privileged custom scheme so that origin checks are exact string checks. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'donghyang';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's Content-Security-Policy is the web mode's (electron/serve-headers.ts): only its own
 * bundled scripts and styles, no inline code or eval, no plugins, no framing, no form posts.
 */
export { CONTENT_SECURITY_POLICY };

/** webPreferences for every window: the renderer gets no Node, its own JS world and a sandbox. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/**
 * True only for URLs on the app's own origin. WHATWG URL gives custom schemes the origin "null",
 * so scheme and host are compared instead of `.origin`.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** True only for http: and https: URLs: the only ones handed to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export type OpenExternal = (url: string) => Promise<void> | void;

/** Opens http(s) links in the system browser; refuses (and reports) anything else. */
export function openExternalSafely(url: string, openExternal: OpenExternal): boolean {
  if (!isExternalWebUrl(url)) return false;
  void Promise.resolve(openExternal(url)).catch(() => undefined);
  return true;
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a WebContents on the app origin: in-app navigation elsewhere is cancelled (http(s) links open
 * in the browser instead), window.open is always denied, <webview> never attaches.
 */
export function hardenWebContents(contents: HardenableContents, openExternal: OpenExternal, alsoAllowed: (url: string) => boolean = () => false): void {
  const guardNavigation = (event: { url?: string; preventDefault(): void }, legacyUrl?: string): void => {
    const url = event.url ?? legacyUrl ?? '';
    if (isAppUrl(url) || alsoAllowed(url)) return;
    event.preventDefault();
    openExternalSafely(url, openExternal);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url) && !alsoAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, openExternal);
    return { action: 'deny' };
  });
}

type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;

/** Denies every permission (camera, notifications, clipboard-read …) and adds the CSP to every response. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders ?? {}) });
  });
}

/** Response headers with our CSP replacing any the response carried (header names are case-insensitive). */
export function withContentSecurityPolicy(headers: Record<string, string[] | string>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** Hardens every WebContents the app ever creates, not only the main window's. */
/** `alsoAllowed`: the connected team server's origin (desktop app as a team client), else nothing. */
export function hardenApp(app: Pick<App, 'on'>, openExternal: OpenExternal, alsoAllowed?: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal, alsoAllowed));
}
