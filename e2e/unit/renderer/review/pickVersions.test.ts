import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { VersionInfo } from '../../../../glossary/api.ts';
import { comparePair, toggleVersion } from '../../../../renderer/src/review/pickVersions.ts';

const version = (id: number, createdAt: string): VersionInfo => ({ id, issueId: 1, articleId: 2, label: '', createdAt, who: 'k', articleIds: [2] });
// Listed newest first, as the service lists them.
const versions = [version(3, '2024-06-21T10:00:00Z'), version(2, '2024-06-21T09:00:00Z'), version(1, '2024-06-21T09:00:00Z')];

const toggles: [string, number[], number, number[]][] = [
  ['ticks a first version', [], 3, [3]],
  ['ticks a second version', [3], 1, [3, 1]],
  ['a third tick drops the earliest tick', [3, 1], 2, [1, 2]],
  ['ticking again unticks', [3, 1], 3, [1]],
];
for (const [name, selected, id, expected] of toggles) {
  test(`toggleVersion ${name}`, () => assert.deepEqual(toggleVersion(selected, id), expected));
}

const pairs: [string, number[], ReturnType<typeof comparePair>][] = [
  ['nothing ticked: nothing to compare', [], null],
  ['one version: against the current text', [2], { beforeId: 2 }],
  ['two versions: the older one is before, whatever the tick order', [3, 1], { beforeId: 1, afterId: 3 }],
  ['same time: the lower id is before', [2, 1], { beforeId: 1, afterId: 2 }],
];
for (const [name, selected, expected] of pairs) {
  test(`comparePair ${name}`, () => assert.deepEqual(comparePair(versions, selected), expected));
}
