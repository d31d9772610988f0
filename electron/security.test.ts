// Window hardening, driven through plain objects standing in for Electron's WebContents, Session and
// App (the Electron binary is not needed): what a hostile page or link would try, and what happens.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  hardenApp,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isExternalWebUrl,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './security.ts';

type Listener = (...args: any[]) => unknown;

/** Records the listeners hardenWebContents installs, so a test can fire Electron's events at them. */
class FakeContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires an event like Electron does; true when a listener called preventDefault. */
  fire(event: string, url: string): boolean {
    let prevented = false;
    const details = { url, preventDefault: () => { prevented = true; } };
    for (const listener of this.listeners.get(event) ?? []) listener(details, url);
    return prevented;
  }
}

function hardened(): { contents: FakeContents; opened: string[] } {
  const contents = new FakeContents();
  const opened: string[] = [];
  hardenWebContents(contents as unknown as Parameters<typeof hardenWebContents>[0], (url) => {
    opened.push(url);
  });
  return { contents, opened };
}

describe('webPreferences', () => {
  test('every window gets isolation, a sandbox, no Node, no webviews, no insecure content', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    assert.equal(prefs.preload, '/app/preload.cjs');
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.nodeIntegrationInSubFrames, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.allowRunningInsecureContent, false);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.spellcheck, false);
  });
});

describe('origins', () => {
  const cases: [string, boolean, boolean][] = [
    // url, is the app's own origin, may open in the system browser
    [APP_ENTRY_URL, true, false],
    ['app://donghyang/assets/index-3f2a.js', true, false],
    ['app://donghyang.evil.example/index.html', false, false],
    ['app://other/index.html', false, false],
    ['https://www.most.gov.cn/xxgk/', false, true],
    ['http://www.gov.cn/zhengce/', false, true],
    ['file:///etc/passwd', false, false],
    ['javascript:alert(1)', false, false],
    ['data:text/html,<script>alert(1)</script>', false, false],
    ['smb://server/share', false, false],
    ['not a url', false, false],
    ['', false, false],
  ];
  for (const [url, own, external] of cases) {
    test(`${JSON.stringify(url)}: own origin ${own}, external ${external}`, () => {
      assert.equal(isAppUrl(url), own);
      assert.equal(isExternalWebUrl(url), external);
    });
  }
});

describe('navigation and new windows', () => {
  test('navigating within the app is allowed', () => {
    const { contents, opened } = hardened();
    assert.equal(contents.fire('will-navigate', 'app://donghyang/index.html#/glossary'), false);
    assert.deepEqual(opened, []);
  });

  test('a link to a web page is cancelled in the window and opened in the browser instead', () => {
    const { contents, opened } = hardened();
    assert.equal(contents.fire('will-navigate', 'https://www.most.gov.cn/'), true);
    assert.deepEqual(opened, ['https://www.most.gov.cn/']);
  });

  test('navigation or a redirect to a local file or script URL is cancelled and opened nowhere', () => {
    const { contents, opened } = hardened();
    assert.equal(contents.fire('will-navigate', 'file:///home/editor/.ssh/id_rsa'), true);
    assert.equal(contents.fire('will-redirect', 'javascript:alert(1)'), true);
    assert.equal(contents.fire('will-frame-navigate', 'https://example.com/'), true);
    assert.deepEqual(opened, []);
  });

  test('window.open is always denied; only http(s) URLs reach the browser', () => {
    const { contents, opened } = hardened();
    assert.ok(contents.windowOpenHandler);
    for (const url of ['https://www.gov.cn/', 'file:///etc/passwd', 'app://donghyang/index.html', 'ms-msdt:/id']) {
      assert.deepEqual(contents.windowOpenHandler({ url }), { action: 'deny' });
    }
    assert.deepEqual(opened, ['https://www.gov.cn/']);
  });

  test('a <webview> is never attached', () => {
    const { contents } = hardened();
    assert.equal(contents.fire('will-attach-webview', 'https://example.com/'), true);
  });

  test('every WebContents the app creates is hardened, not only the main window', () => {
    let created: Listener | undefined;
    const app = { on: (event: string, listener: Listener) => { if (event === 'web-contents-created') created = listener; } };
    hardenApp(app as unknown as Parameters<typeof hardenApp>[0], () => undefined);
    assert.ok(created, 'no web-contents-created listener');
    const contents = new FakeContents();
    created({}, contents);
    assert.equal(contents.fire('will-navigate', 'https://example.com/'), true);
  });
});

describe('session', () => {
  function hardenedSession() {
    const handlers: { request?: Listener; check?: Listener; headers?: Listener } = {};
    const session = {
      setPermissionRequestHandler: (h: Listener) => { handlers.request = h; },
      setPermissionCheckHandler: (h: Listener) => { handlers.check = h; },
      webRequest: { onHeadersReceived: (h: Listener) => { handlers.headers = h; } },
    };
    hardenSession(session as unknown as Parameters<typeof hardenSession>[0]);
    return handlers;
  }

  test('every permission request and check is denied', () => {
    const { request, check } = hardenedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      request?.({}, permission, (answer: boolean) => { granted = answer; }, {});
      assert.equal(granted, false, permission);
      assert.equal(check?.(null, permission, 'app://donghyang', {}), false, permission);
    }
  });

  test('every response gets our CSP, replacing a weaker one the response carried', () => {
    const { headers } = hardenedSession();
    let result: { responseHeaders: Record<string, string[]> } | undefined;
    headers?.(
      { responseHeaders: { 'content-security-policy': ["script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] } },
      (r: typeof result) => { result = r; },
    );
    assert.deepEqual(result?.responseHeaders, {
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  test('the CSP allows only the app’s own scripts: no inline code, eval, plugins or framing', () => {
    const policy = withContentSecurityPolicy({})['Content-Security-Policy']?.[0] ?? '';
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.match(policy, /object-src 'none'/);
    assert.match(policy, /frame-ancestors 'none'/);
  });
});
