// The role table, method by method, on HTTP and the WebSocket: every method has a rule; a caller
// below it gets 403, a caller at or above it gets past the guard; without a session, 401.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_METHODS, METHOD_ROLES, ROLES, roleAllows, type Role } from '../../glossary/api.ts';
import { socketCall, startTestTeam, type TestTeam } from './test-team-server.ts';

let team: TestTeam;
const cookies = {} as Record<Role, string>;

before(async () => {
  team = await startTestTeam('roles');
  for (const role of ROLES) cookies[role] = await team.login(role);
});
after(() => team.stop());

test('every method of the contract has a row in the role table, and nothing else does', () => {
  const missing = API_METHODS.filter((m) => !Object.hasOwn(METHOD_ROLES, m));
  assert.deepEqual(missing, [], `methods without a role rule: ${missing.join(', ')}`);
  const unknown = Object.keys(METHOD_ROLES).filter((m) => !(API_METHODS as readonly string[]).includes(m));
  assert.deepEqual(unknown, []);
  for (const m of API_METHODS) assert.ok(ROLES.includes(METHOD_ROLES[m]), `${m}: ${METHOD_ROLES[m]}`);
});

test('the table says what the issue asks: reviewers approve, admins import and delete', () => {
  assert.equal(METHOD_ROLES.approveConcept, 'reviewer');
  for (const m of ['applyImport', 'previewImport', 'deleteConcept', 'deleteArticle', 'importIssue'] as const) assert.equal(METHOD_ROLES[m], 'admin');
  for (const m of ['saveArticle', 'addComment', 'saveVersion', 'saveConcept'] as const) assert.equal(METHOD_ROLES[m], 'editor');
});

test('no session: 401 on every method over HTTP', async () => {
  for (const method of API_METHODS) {
    const { status } = await team.call(undefined, method, {});
    assert.equal(status, 401, method);
    const forged = await team.call('donghyang-session=forged', method, {});
    assert.equal(forged.status, 401, `${method} with a made-up session`);
  }
});

test('no session: the WebSocket is refused with 401', async () => {
  await assert.rejects(team.socket(undefined), /HTTP 401/);
  await assert.rejects(team.socket('donghyang-session=forged'), /HTTP 401/);
});

for (const role of ROLES) {
  test(`role table over HTTP, as ${role}: 403 exactly for the methods above ${role}`, async () => {
    for (const method of API_METHODS) {
      const { status, body } = await team.call(cookies[role], method, {});
      if (roleAllows(role, METHOD_ROLES[method])) assert.ok(status !== 401 && status !== 403, `${role} ${method}: ${status} ${body.error?.message}`);
      else {
        assert.equal(status, 403, `${role} ${method}`);
        assert.match(body.error.message, new RegExp(`${method} needs the ${METHOD_ROLES[method]} role`));
      }
    }
  });

  test(`role table over the WebSocket, as ${role}`, async () => {
    const ws = await team.socket(cookies[role]);
    let id = 1;
    for (const method of API_METHODS) {
      const reply = await socketCall(ws, id++, method, {});
      if (roleAllows(role, METHOD_ROLES[method])) assert.ok(reply.status !== 401 && reply.status !== 403, `${role} ${method}: ${reply.status}`);
      else assert.equal(reply.status, 403, `${role} ${method}`);
    }
    ws.close();
  });
}

test('setting 승인 (approved) needs a reviewer; an editor may send an article to review', async () => {
  const issue = await team.call(cookies.editor, 'createIssue', { number: '2024-23', date: '2024-06-21', rate: null });
  const article = await team.call(cookies.editor, 'addArticle', { issueId: issue.body.value.id, section: 'policy', title: '제목' });
  const id = article.body.value.id;
  assert.equal((await team.call(cookies.editor, 'setArticleState', { id, state: 'review' })).status, 200);
  const refused = await team.call(cookies.editor, 'setArticleState', { id, state: 'approved' });
  assert.equal(refused.status, 403);
  assert.match(refused.body.error.message, /needs the reviewer role; editor is editor/);
  const ws = await team.socket(cookies.editor);
  assert.equal((await socketCall(ws, 1, 'setArticleState', { id, state: 'approved' })).status, 403);
  ws.close();
  const approved = await team.call(cookies.reviewer, 'setArticleState', { id, state: 'approved', confirm: true });
  assert.equal(approved.status, 200, approved.body.error?.message);
  assert.equal(approved.body.value.state, 'approved');
});

test('a role change applies to open sessions at once; a disabled user is logged out', async () => {
  const { accounts } = team.server.service.team;
  await accounts.add('park', 'editor', 'temporary-pass-1');
  const cookie = await team.login('park', 'temporary-pass-1');
  assert.equal((await team.call(cookie, 'approveConcept', { id: 1 })).status, 403);
  accounts.setRole('park', 'reviewer');
  assert.notEqual((await team.call(cookie, 'approveConcept', { id: 1 })).status, 403);
  accounts.setDisabled('park', true);
  assert.equal((await team.call(cookie, 'glossaryStats')).status, 401);
});
