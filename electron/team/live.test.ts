// Live updates: what one user changes reaches every other open page over its WebSocket within a
// second, with who did it; an article being edited is announced.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { socketCall, startTestTeam, type TestTeam } from './test-team-server.ts';

let team: TestTeam;
let editor: string;
let reviewer: string;
before(async () => {
  team = await startTestTeam('live');
  editor = await team.login('editor');
  reviewer = await team.login('reviewer');
});
after(() => team.stop());

function nextEvent(ws: WebSocket, match: (e: any) => boolean, timeoutMs = 1000): Promise<any> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (data: Buffer) => {
      const message = JSON.parse(data.toString());
      if (message.event && match(message)) {
        clearTimeout(timer);
        ws.off('message', onMessage);
        resolve(message);
      }
    };
    ws.on('message', onMessage);
  });
}

test('glossary changes, article state, comments, versions and saves reach the other page within a second', async () => {
  const watcher = await team.socket(reviewer);
  const issue = await team.call(editor, 'createIssue', { number: '2024-30', date: '2024-07-26', rate: null });
  const added = await team.call(editor, 'addArticle', { issueId: issue.body.value.id, section: 'policy', title: '제목' });
  const a = added.body.value;

  const concept = nextEvent(watcher, (e) => e.kind === 'glossary');
  await team.call(editor, 'saveConcept', { input: { category: 'place', terms: [{ lang: 'zh', text: '深圳' }, { lang: 'ko', text: '선전' }] } });
  assert.deepEqual([(await concept).who, (await concept).method], ['editor', 'saveConcept']);

  const saved = nextEvent(watcher, (e) => e.kind === 'article' && e.method === 'saveArticle');
  const editing = nextEvent(watcher, (e) => e.event === 'editing');
  const body = await team.call(editor, 'saveArticle', { id: a.id, title: '제목', lead: '', body: '- 본문', sources: [], baseUpdatedAt: a.updatedAt });
  assert.equal(body.status, 200);
  assert.deepEqual([(await saved).articleId, (await saved).updatedAt], [a.id, body.body.value.updatedAt]);
  assert.deepEqual(await editing, { event: 'editing', articleId: a.id, who: 'editor' });

  const state = nextEvent(watcher, (e) => e.kind === 'article' && e.method === 'setArticleState');
  await team.call(editor, 'setArticleState', { id: a.id, state: 'review' });
  assert.equal((await state).articleId, a.id);

  const comment = nextEvent(watcher, (e) => e.kind === 'comments');
  await team.call(editor, 'addComment', { articleId: a.id, field: 'body', start: 2, end: 4, body: '확인' });
  assert.deepEqual([(await comment).articleId, (await comment).who], [a.id, 'editor']);

  const version = nextEvent(watcher, (e) => e.kind === 'versions');
  await team.call(editor, 'saveVersion', { issueId: a.issueId, articleId: a.id });
  assert.equal((await version).articleId, a.id);
  watcher.close();
});

test('the socket answers calls as its user: a save over the socket from the other user conflicts', async () => {
  const ws = await team.socket(reviewer);
  const issue = await team.call(editor, 'createIssue', { number: '2024-31', date: '2024-08-02', rate: null });
  const a = (await team.call(editor, 'addArticle', { issueId: issue.body.value.id, section: 'policy', title: 't' })).body.value;
  await new Promise((r) => setTimeout(r, 2));
  await team.call(editor, 'saveArticle', { id: a.id, title: 't', lead: '', body: '편집자', sources: [], baseUpdatedAt: a.updatedAt });
  const stale = await socketCall(ws, 1, 'saveArticle', { id: a.id, title: 't', lead: '', body: '검토자', sources: [], baseUpdatedAt: a.updatedAt });
  assert.equal(stale.status, 409);
  assert.equal((await team.call(editor, 'getArticle', { id: a.id })).body.value.body, '편집자');
  ws.close();
});

test('a takeover (claimArticle) reaches the other page at once; a page that connects hears who edits; a check alone is no editing', async () => {
  const issue = await team.call(editor, 'createIssue', { number: '2024-32', date: '2024-08-09', rate: null });
  const a = (await team.call(editor, 'addArticle', { issueId: issue.body.value.id, section: 'policy', title: 't' })).body.value;
  const watcher = await team.socket(editor);
  const quiet = nextEvent(watcher, (e) => e.event === 'editing', 300).then(() => 'an editing notice', () => 'none');
  await team.call(reviewer, 'checkArticleLive', { articleId: a.id, draft: '- 읽기만' });
  assert.equal(await quiet, 'none');

  const claimed = nextEvent(watcher, (e) => e.event === 'editing');
  const answer = await team.call(reviewer, 'claimArticle', { articleId: a.id });
  assert.equal(answer.status, 200);
  assert.equal(answer.body.value.id, a.id);
  assert.deepEqual(await claimed, { event: 'editing', articleId: a.id, who: 'reviewer', claim: true });
  // A second claim within the 5 s an editing notice is otherwise held back still goes out.
  const again = nextEvent(watcher, (e) => e.event === 'editing');
  await team.call(reviewer, 'claimArticle', { articleId: a.id });
  assert.equal((await again).claim, true);

  // Listening from before the socket opens: the replay is the first thing the server sends.
  const late = new WebSocket(team.server.url.replace(/^http/, 'ws') + 'api/socket', { headers: { Cookie: editor } });
  const replayed = await nextEvent(late, (e) => e.event === 'editing' && e.articleId === a.id);
  assert.equal(replayed.who, 'reviewer');
  assert.equal(replayed.claim, true);
  assert.ok(replayed.agoMs >= 0 && replayed.agoMs < 15_000);
  watcher.close();
  late.close();
});
