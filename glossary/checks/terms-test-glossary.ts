// A small glossary shared by the term rule tests (not a fixture file: the tests read it as code).
import type { IndexedConcept, Rendering } from './types.ts';
import type { Category } from '../model.ts';
import { buildRecognizer } from '../match/index.ts';

const ko = (text: string, status: Rendering['status'] = 'preferred', established = false): Rendering => ({ text, status, established });

function concept(id: number, category: Category, zh: string[], renderings: Rendering[]): IndexedConcept {
  return { id, category, zh, ko: renderings, note: null };
}

export const TEST_GLOSSARY: IndexedConcept[] = [
  concept(1, 'policy', ['专精特新'], [ko('전정특신')]),
  concept(2, 'place', ['成都'], [ko('청두'), ko('성도', 'deprecated')]),
  concept(3, 'company', ['亿华通'], [ko('이화퉁'), ko('위화퉁', 'forbidden')]),
  concept(4, 'company', ['一汽'], [ko('이치자동차'), ko('이치', 'admitted')]),
  concept(5, 'policy', ['揭榜制'], [ko('경쟁형 과제')]),
  concept(6, 'company', ['国富氢能'], [ko('궈푸칭넝')]),
  concept(7, 'company', ['国鸿氢能'], [ko('궈훙칭넝')]),
  concept(8, 'place', ['香港'], [ko('홍콩', 'preferred', true)]),
  concept(9, 'company', ['卫蓝'], [ko('웨이란')]),
  concept(10, 'technology', ['固态电池'], [ko('전고체 배터리')]),
  concept(11, 'organization', ['科技部'], [ko('과학기술부')]),
  concept(12, 'place', ['四川'], [ko('쓰촨')]),
  concept(13, 'company', ['上汽'], [ko('상하이자동차', 'preferred', true)]),
  concept(14, 'place', ['青海'], [ko('칭하이')]),
];

export const testRecognizer = () => buildRecognizer(TEST_GLOSSARY);
