// The admin's user management over the team server's API: what the admin screen does. Each method
// is refused to editors and reviewers (403; the whole table is in roles.test.ts); an admin's calls
// take effect at login, and no answer or log line ever carries a password or its hash.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, startTestTeam, type TestTeam } from './test-team-server.ts';

const USER_METHODS = ['listUsers', 'addUser', 'setUserRole', 'setUserDisabled', 'resetPassword'] as const;
const NEW_PASSWORD = 'a-brand-new-secret-77';
let team: TestTeam;
const logged: string[] = [];
const admin = () => team.login('admin');

before(async () => {
  team = await startTestTeam('users', { log: (line) => logged.push(line) });
});
after(() => team.stop());

const ARGS: Record<(typeof USER_METHODS)[number], unknown> = {
  listUsers: undefined,
  addUser: { name: 'intruder', role: 'admin', password: NEW_PASSWORD },
  setUserRole: { name: 'editor', role: 'admin' },
  setUserDisabled: { name: 'admin', disabled: true },
  resetPassword: { name: 'admin', password: NEW_PASSWORD },
};

for (const role of ['editor', 'reviewer'] as const) {
  for (const method of USER_METHODS) {
    test(`${method} as ${role}: 403, and nothing changed`, async () => {
      const cookie = await team.login(role);
      const { status, body } = await team.call(cookie, method, ARGS[method]);
      assert.equal(status, 403);
      assert.match(body.error.message, new RegExp(`${method} needs the admin role`));
      const users = (await team.call(await admin(), 'listUsers')).body.value as { name: string; role: string; disabled: boolean }[];
      assert.deepEqual(users.map((u) => `${u.name}:${u.role}:${u.disabled}`), ['admin:admin:false', 'editor:editor:false', 'reviewer:reviewer:false']);
      // The admin's password still opens a session (resetPassword did not take), so did `admin()` above.
      await team.login('admin', PASSWORD);
    });
  }
}

test('as admin: add, list, set role, reset password, disable: each takes effect; no answer carries a password or hash', async () => {
  const cookie = await admin();
  const answers: string[] = [];
  const call = async (method: string, arg?: unknown) => {
    const reply = await team.call(cookie, method, arg);
    answers.push(JSON.stringify(reply.body));
    return reply;
  };
  const added = await call('addUser', { name: 'park', role: 'editor', password: 'park-first-pass' });
  assert.equal(added.status, 200);
  assert.deepEqual({ name: added.body.value.name, role: added.body.value.role, disabled: added.body.value.disabled }, { name: 'park', role: 'editor', disabled: false });
  const parkCookie = await team.login('park', 'park-first-pass');
  assert.equal((await team.call(parkCookie, 'approveConcept', { id: 1 })).status, 403);

  const promoted = await call('setUserRole', { name: 'park', role: 'reviewer' });
  assert.equal(promoted.body.value.role, 'reviewer');
  // The role is looked up on every call: park's open session is a reviewer's now.
  assert.notEqual((await team.call(parkCookie, 'approveConcept', { id: 1 })).status, 403);

  assert.equal((await call('resetPassword', { name: 'park', password: NEW_PASSWORD })).status, 200);
  assert.equal((await team.call(parkCookie, 'listIssues')).status, 401, 'a reset ends the sessions');
  await assert.rejects(team.login('park', 'park-first-pass'), /HTTP 401/);
  const again = await team.login('park', NEW_PASSWORD);

  const disabled = await call('setUserDisabled', { name: 'park', disabled: true });
  assert.equal(disabled.body.value.disabled, true);
  assert.equal((await team.call(again, 'listIssues')).status, 401, 'disabling ends the sessions');
  await assert.rejects(team.login('park', NEW_PASSWORD), /HTTP 401/);
  await call('setUserDisabled', { name: 'park', disabled: false });
  await team.login('park', NEW_PASSWORD);

  const listed = await call('listUsers');
  assert.deepEqual(listed.body.value.map((u: { name: string }) => u.name), ['admin', 'editor', 'park', 'reviewer']);
  for (const user of listed.body.value) assert.deepEqual(Object.keys(user).sort(), ['createdAt', 'disabled', 'id', 'name', 'role']);
  const everything = answers.join('\n') + logged.join('\n');
  for (const secret of ['park-first-pass', NEW_PASSWORD, 'scrypt$']) assert.ok(!everything.includes(secret), `"${secret}" appeared in an answer or the log`);
});

test('as admin: bad input is refused with a clear message, the last admin is kept', async () => {
  const cookie = await admin();
  const refused = async (method: string, arg: unknown, message: RegExp) => {
    const { status, body } = await team.call(cookie, method, arg);
    assert.equal(status, 400, `${method} ${JSON.stringify(arg)}`);
    assert.match(body.error.message, message);
    assert.ok(!JSON.stringify(body).includes('short'), 'the refused password is not echoed');
  };
  await refused('addUser', { name: 'kim', role: 'editor', password: 'short' }, /at least 8 characters/);
  await refused('addUser', { name: 'editor', role: 'editor', password: PASSWORD }, /already exists/);
  await refused('addUser', { name: 'bad name!', role: 'editor', password: PASSWORD }, /must be 1–64 letters/);
  await refused('addUser', { name: 'kim', role: 'owner', password: PASSWORD }, /role/);
  await refused('setUserRole', { name: 'nobody', role: 'editor' }, /no user named "nobody"/);
  await refused('setUserRole', { name: 'admin', role: 'editor' }, /last admin/);
  await refused('setUserDisabled', { name: 'admin', disabled: true }, /your own account/);
  // With a second admin, the first may step down.
  await team.call(cookie, 'setUserRole', { name: 'reviewer', role: 'admin' });
  assert.equal((await team.call(cookie, 'setUserRole', { name: 'admin', role: 'editor' })).status, 200);
});
