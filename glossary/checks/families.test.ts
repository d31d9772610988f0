import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_FAMILIES } from './families.ts';
import { RULE_IDS } from './types.ts';

test('every documented rule is produced by exactly one family', () => {
  const owners = new Map<string, number>();
  for (const family of ALL_FAMILIES) for (const rule of family.rules) owners.set(rule, (owners.get(rule) ?? 0) + 1);
  for (const rule of RULE_IDS) assert.equal(owners.get(rule), 1, `rule ${rule}`);
});

test('every family has Korean and English text for each of its messages', () => {
  for (const family of ALL_FAMILIES) {
    for (const [key, message] of Object.entries(family.messages)) {
      assert.ok(message.ko.trim(), `${family.rules.join(',')} ${key}: Korean message`);
      assert.ok(message.en.trim(), `${family.rules.join(',')} ${key}: English message`);
    }
  }
});
