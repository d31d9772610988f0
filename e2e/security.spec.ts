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
