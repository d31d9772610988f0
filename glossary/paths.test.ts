import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDbPath, userDataDir } from './paths.ts';

test('DONGHYANG_DB picks the database, as in the CLI and the web mode', () => {
  assert.equal(defaultDbPath({ DONGHYANG_DB: '/data/team.db' }), '/data/team.db');
});

test('without DONGHYANG_DB the database lives in the user-data folder Electron uses', () => {
  assert.equal(defaultDbPath({ XDG_CONFIG_HOME: '/home/ed/.config' }), '/home/ed/.config/Donghyang/donghyang.db');
  assert.match(userDataDir({}, 'darwin'), /Library\/Application Support\/Donghyang$/);
  assert.match(userDataDir({ APPDATA: 'C:\\Users\\ed\\AppData\\Roaming' }, 'win32'), /Donghyang$/);
});
