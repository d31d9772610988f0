// A node:test reporter for scripts/test.mjs: one JSON line per finished test (suites left out), so
// the summary can count passes and failures and name every skipped test with its reason.
export default async function* tally(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, file, skip, todo, details } = event.data;
    if (details?.type === 'suite') continue;
    const status = event.type === 'test:fail' ? 'failed' : skip !== undefined && skip !== false ? 'skipped' : todo ? 'todo' : 'passed';
    yield `${JSON.stringify({ status, name, file, reason: typeof skip === 'string' ? skip : typeof todo === 'string' ? todo : undefined })}\n`;
  }
}
