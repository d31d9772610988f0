import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnWidths, layoutTable, looksLikeHeader, textWidth } from './table-layout.ts';

const LINE = 80; // ems of table text on an A4 line at 8.5 pt

test('a column of short numbers stays narrow and the prose column takes the room', () => {
  const rows = [['번호', '지역', '세부 내용'], ['1', '충칭(重慶)', '자동차 수소 충전(CNG/LNG), 지능형 차량 인프라 협력시스템(IVICS), 지능형 3차원 운송 장비 및 관련 부품 개발']];
  const [num, region, prose] = columnWidths(rows, 3, LINE);
  assert.ok(prose! > 0.6, `prose column ${prose}`);
  assert.ok(num! < 0.08, `number column ${num}`);
  // Every column is at least as wide as its longest word (plus padding).
  assert.ok(region! * LINE >= textWidth('충칭(重慶)'));
  assert.ok(Math.abs(num! + region! + prose! - 1) < 1e-9);
});

test('a long header label wraps instead of swallowing the width of the values under it', () => {
  const rows = [['연도별 주요 성과 및 향후 추진 계획에 관한 설명', '값'], ['2023', '780억 위안'], ['2024', '1,700억 위안']];
  const [label, value] = columnWidths(rows, 2, LINE, true);
  assert.ok(label! < 0.45 && value! > 0.55, `label ${label}, value ${value}`);
  assert.ok(value! * LINE > 7, 'the values fit on one line');
});

test('a very long word (a URL) gets at most half the line and wraps', () => {
  const url = 'https://mp.weixin.qq.com/s?__biz=MzIwNzU1Mjg5Nw==&mid=2247589121&idx=5&sn=37102f70a44783ed30500dc62f5fb272';
  const [first] = columnWidths([['출처', url], ['이름', '값']], 2, LINE);
  assert.ok(first! > 0.04);
  const prose = '인공지능 기초 및 첨단 연구 프로젝트 계획, 미분 방정식 및 기계 학습, 다중 에이전트 협력 학습 등 분야 산업 기술 난제 해결';
  const [, link, text] = columnWidths([['출처', url, prose]], 3, LINE);
  assert.ok(link! <= 0.55, `url column ${link}`);
  assert.ok(text! > 0.3, `prose column ${text}`);
});

test('ragged rows are padded to the widest row', () => {
  const { rows } = layoutTable([['구분', '업체명', '주요내용'], ['1', 'CATL', '황화물', '메모'], ['2']], LINE);
  assert.deepEqual(rows.map((r) => r.length), [4, 4, 4]);
  assert.deepEqual(rows[2], ['2', '', '', '']);
});

test('a header row is detected from short labels over longer text, and can be chosen', () => {
  assert.equal(looksLikeHeader([['구분', '기업명', '분야'], ['1', '위화퉁(亿華通)', '수소연료 배터리']]), true);
  assert.equal(looksLikeHeader([['', '지역명', '세부 내용'], ['1', '충칭(重慶)', '자동차 수소 충전, 지능형 3차원 운송 장비']]), true);
  // A key/value table: the first row is data (its second cell is long).
  assert.equal(looksLikeHeader([['사업명', '국가 인공지능 혁신 응용 선도구 건설 3개년 계획(2024~2026) 및 후속 지원'], ['주관', '공업신식화부']]), false);
  // Numbers are data, not labels.
  assert.equal(looksLikeHeader([['2023', '780'], ['2024', '1,700억 위안 (32조 2,813억 원)']]), false);
  assert.equal(looksLikeHeader([['구분', '값']]), false, 'a single row has nothing to head');
  assert.equal(layoutTable([['사업명', '긴 설명이 들어가는 둘째 칸의 아주 긴 내용'], ['a', 'b']], LINE, true).header, true, 'the editor\'s choice wins');
});

test('one runaway cell (a flattened figure) does not take the table from the columns with the text', () => {
  const runaway = '이미지 주요 내용 '.repeat(60);
  const prose = '저장공업대학은 선박 배기가스 등의 효율적인 처리를 위한 기술 시스템을 개발해 글로벌 9대 선급 협회 인증을 받음';
  const rows = [[runaway, '', ''], ...Array.from({ length: 6 }, (_, i) => [String(5 + i), '청정 저탄소 선박의 핵심 기술 및 응용', prose])];
  const [first, name, text] = columnWidths(rows, 3, LINE);
  assert.ok(text! > first! && text! > 0.4, `text column ${text}, first ${first}`);
  assert.ok(name! > 0.12, `name column ${name}`);
});
