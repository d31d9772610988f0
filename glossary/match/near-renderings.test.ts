import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IndexedConcept, Rendering } from '../checks/types.ts';
import { NearRenderings } from './near-renderings.ts';

const ko = (text: string): Rendering => ({ text, status: 'preferred', established: false });
const concept = (id: number, ...texts: string[]): IndexedConcept => ({ id, category: 'company', zh: [], ko: texts.map(ko), note: null });

const index = new NearRenderings([
  concept(1, '궈푸칭넝'),
  concept(2, '궈훙칭넝'),
  concept(3, '이화퉁', '위화퉁'),
  concept(4, '청두'),
  concept(5, 'CATL', '닝더스다이'),
  concept(6, '청'),
]);

test('renderings that differ from the word in exactly one syllable, in glossary order', () => {
  const cases: [string, string[]][] = [
    ['궈푸칭녕', ['궈푸칭넝']],
    ['궈루칭넝', ['궈푸칭넝', '궈훙칭넝']],
    ['궈푸칭넝', ['궈훙칭넝']], // the word itself is not its own neighbour
    ['아화퉁', ['이화퉁', '위화퉁']],
    ['청도', ['청두']],
    ['청두시', []], // another length
    ['푸칭넝', []],
    ['CATX', []], // only Hangul renderings are indexed
    ['닝더스다오', ['닝더스다이']],
    ['청', []], // one-syllable renderings are not
    ['', []],
  ];
  for (const [word, expected] of cases) assert.deepEqual(index.near(word).map((e) => e.rendering.text), expected, word);
});
