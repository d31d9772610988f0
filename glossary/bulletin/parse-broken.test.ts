import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { parseIssueBytes, parseIssueText } from './parse-text.ts';
import { exportMarkdown } from './export-markdown.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const sampleText = readFileSync(SAMPLE, 'utf8');
const sampleLines = sampleText.split('\n');

const COLOPHON = [
  'KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER',
  '',
  '중국 과학기술 정책 주/간/동/향',
  '',
  '| 발 행 일 | 2024. 6. 28.',
  '',
  '| 발행기관 | 한중과학기술협력센터',
].join('\n');

function inputError(run: () => unknown, expected: { file: string; line: number; problem: RegExp }): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof InputError, `expected InputError, got ${String(error)}`);
    assert.equal(error.file, expected.file);
    assert.equal(error.line, expected.line);
    assert.match(error.problem, expected.problem);
    assert.ok(error.message.startsWith(`${expected.file}:${expected.line}`));
    return true;
  });
}

test('a file cut inside the first article is truncated: the error names its last line', () => {
  const cut = sampleLines.slice(0, 60).join('\n');
  inputError(() => parseIssueText('cut.txt', cut), { file: 'cut.txt', line: 60, problem: /without the colophon.*truncated/ });
});

test('an article listed in CONTENTS but absent from the body is reported at its CONTENTS line', () => {
  // Remove the whole technology section (and its second article) but keep the colophon.
  const start = sampleLines.findIndex((l) => l.startsWith('저장대, '));
  const end = sampleLines.findIndex((l) => l === '단신동향');
  const damaged = [...sampleLines.slice(0, start), ...sampleLines.slice(end)].join('\n');
  inputError(() => parseIssueText('damaged.txt', damaged), { file: 'damaged.txt', line: 22, problem: /"저장대, 'CG11837' 장수 유전자 신규 발견" listed in CONTENTS is not in the body/ });
});

test('a binary file (NUL bytes) is refused with the line of the first NUL', () => {
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x41, 0x00, 0x00, 0x13, 0x88]);
  inputError(() => parseIssueBytes('issue.docx', bytes), { file: 'issue.docx', line: 2, problem: /binary content \(NUL byte\)/ });
});

test('bytes that are not UTF-8 are refused', () => {
  // EUC-KR "중국 과학기술" decodes to replacement characters as UTF-8.
  const euckr = new Uint8Array([0xc1, 0xdf, 0xb1, 0xb9, 0x20, 0xb0, 0xfa, 0xc7, 0xd0, 0xb1, 0xe2, 0xbc, 0xfa]);
  inputError(() => parseIssueBytes('euckr.txt', euckr), { file: 'euckr.txt', line: 1, problem: /non-UTF-8 content: \d+ of \d+ characters/ });
});

test('an empty file is refused', () => {
  inputError(() => parseIssueText('empty.txt', '\n\n  \n'), { file: 'empty.txt', line: 1, problem: /the file is empty/ });
});

test('an issue with no articles is refused where its body should begin', () => {
  const text = ['- 요약만 있는 호', '', COLOPHON].join('\n');
  inputError(() => parseIssueText('none.txt', text), { file: 'none.txt', line: 3, problem: /the issue has no articles/ });
});

test('an issue whose CONTENTS lists sections but no article is refused at the CONTENTS line', () => {
  const text = ['', 'CONTENTS', '', '1. 정책동향', '', '2. 기술동향', '', '정책동향', '', COLOPHON].join('\n');
  inputError(() => parseIssueText('empty-contents.txt', text), { file: 'empty-contents.txt', line: 2, problem: /no articles/ });
});

test('an issue without CONTENTS still finds an article by its ■ lead line and its category tag', () => {
  const text = ['정책동향', '', '기업', '', '어느 기업의 발표', '', '■ 요지 (6.20)', '', '- 내용', '', COLOPHON].join('\n');
  const issue = parseIssueText('plain.txt', text);
  assert.deepEqual(issue.sections.map((s) => s.articles.map((a) => [a.category, a.title, a.lead?.date, a.blocks.length])), [
    [['기업', '어느 기업의 발표', '2024-06-20', 1]],
  ]);
});

test('a Markdown issue cut before its colophon is truncated', () => {
  const issue = parseIssueText('sample.txt', sampleText);
  const markdown = exportMarkdown(issue);
  const lines = markdown.split('\n');
  const cut = lines.slice(0, lines.indexOf('## 2. 기술동향')).join('\n');
  inputError(() => parseIssueText('cut.md', cut), { file: 'cut.md', line: cut.split('\n').length, problem: /without the "## 발행 정보" colophon: it looks truncated/ });
});

test('a Markdown issue with a broken front matter date is refused at that line', () => {
  inputError(() => parseIssueText('bad.md', '---\ntitle: "x"\ndate: "soon"\n---\n'), { file: 'bad.md', line: 3, problem: /date "soon" is not a date/ });
});

test('a few bytes that are not UTF-8 in a good issue: refused at their line and column, no U+FFFD kept', () => {
  const lines = sampleText.split('\n');
  const lineIndex = lines.findIndex((l) => l.includes('전정특신'));
  assert.ok(lineIndex > 0);
  const column = [...lines[lineIndex]!.slice(0, lines[lineIndex]!.indexOf('전정특신'))].length + 1;
  const before = Buffer.from(lines.slice(0, lineIndex).join('\n') + '\n' + lines[lineIndex]!.slice(0, lines[lineIndex]!.indexOf('전정특신')), 'utf8');
  const after = Buffer.from(lines[lineIndex]!.slice(lines[lineIndex]!.indexOf('전정특신')) + '\n' + lines.slice(lineIndex + 1).join('\n'), 'utf8');
  // One character cut to its first two bytes (a truncated 3-byte sequence), as a bad copy leaves it.
  const bytes = Buffer.concat([before, Buffer.from([0xec, 0xa0]), after]);
  inputError(() => parseIssueBytes('cut-char.txt', bytes), { file: 'cut-char.txt', line: lineIndex + 1, problem: /not UTF-8 \(ec a0 .*save the file as UTF-8/ });
  assert.throws(() => parseIssueBytes('cut-char.txt', bytes), (error: InputError) => error.column === column);
  // Already decoded text with U+FFFD in it: refused the same way.
  const decoded = new TextDecoder().decode(bytes);
  inputError(() => parseIssueText('decoded.txt', decoded), { file: 'decoded.txt', line: lineIndex + 1, problem: /U\+FFFD/ });
  // The file as it should be imports.
  assert.ok(parseIssueBytes('good.txt', Buffer.concat([before, after])).sections.length > 0);
});
