import { test, expect } from './fixtures.ts';

test('the API refuses a call from the page without the token, accepts it with the token', async ({ app: page }) => {
  const statuses = await page.evaluate(async () => {
    const call = (headers: Record<string, string>) =>
      fetch('api/listIssues', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' }).then((r) => r.status);
    return {
      without: await call({}),
      wrong: await call({ 'X-Donghyang-Token': '0'.repeat(64) }),
      with: await call({ 'X-Donghyang-Token': sessionStorage.getItem('donghyang.token') ?? '' }),
    };
  });
  expect(statuses).toEqual({ without: 401, wrong: 401, with: 200 });
});

test('the token leaves the visible URL and the page is served with the strict CSP', async ({ app: page, server }) => {
  expect(page.url()).not.toContain(server.token);
  const response = await page.request.get(`${server.origin}/`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // A page from another origin cannot call the API even with the token (Origin check).
  const refused = await page.request.post(`${server.origin}/api/listIssues`, {
    headers: { 'Content-Type': 'application/json', 'X-Donghyang-Token': server.token, Origin: 'http://evil.example' },
    data: {},
  });
  expect(refused.status()).toBe(403);
});

test('the page talks to the service over its WebSocket, opened with the token, on 127.0.0.1', async ({ page, server }) => {
  const sockets: string[] = [];
  const sent: string[] = [];
  const fetched: string[] = [];
  page.on('websocket', (ws) => {
    sockets.push(ws.url());
    ws.on('framesent', (frame) => sent.push(String(frame.payload)));
  });
  page.on('request', (request) => {
    if (request.url().includes('/api/')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(server.url);
  await expect(page.getByTestId('app-name')).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/glossary'));
  await expect(page.getByTestId('glossary-row').first()).toBeVisible();
  expect(sockets).toEqual([`ws://127.0.0.1:${new URL(server.origin).port}/api/socket`]);
  expect(sent.map((frame) => JSON.parse(frame).method)).toContain('listConcepts');
  expect(fetched, 'no API call went over HTTP').toEqual([]);
});
