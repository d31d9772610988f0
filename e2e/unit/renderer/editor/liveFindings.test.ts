// Live checks answer with changes to an earlier result (glossary/checks/findings-delta.ts); the editor
// rebuilds the full list (renderer/src/editor/liveFindings.ts). Against the real service and the
// seed glossary: what the editor rebuilds must be exactly what a full check gives, keystroke after
// keystroke, while the answers stay a small fraction of the full findings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService, type Service } from '../../../../glossary/service.ts';
import { LiveResults, UnknownBaseError, decodeFindings } from '../../../../renderer/src/editor/liveFindings.ts';

let dir: string;
let service: Service;
let articleId: number;
const source = '亿华通、专精特新企业和揭榜制项目获得1.5亿元支持。重庆和宁夏也发布了新政策。';

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-live-'));
  service = await createService({ dbPath: path.join(dir, 'g.db'), who: 'tester' });
  const issue = await service.createIssue({ number: '1', date: '2024-06-21', rate: 190 });
  articleId = (await service.addArticle({ issueId: issue.id, section: 'policy' })).id;
});

after(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const size = (value: unknown) => JSON.stringify(value).length;

test('typing at the end and in the middle: the rebuilt findings equal a full check, and answers are small', async () => {
  const live = new LiveResults();
  const body = '위화퉁를 포함한 전정특신 기업에 1.5억 위안(약 300억 원)을 지원한다.\n';
  const typed = '충칭과 닝샤도 새 정책을 발표했다. 3억원';
  let deltaBytes = 0;
  let wholeBytes = 0;
  // First at the end, then into the first line, so that findings after the caret move.
  const texts = [
    ...Array.from({ length: typed.length + 1 }, (_, i) => body + typed.slice(0, i)),
    ...Array.from({ length: typed.length }, (_, i) => body.slice(0, 3) + typed.slice(0, i + 1) + body.slice(3) + typed),
  ];
  for (const [i, text] of texts.entries()) {
    const request = { articleId, title: '제목', lead: '', draft: text, sources: [source] };
    const answer = await service.checkArticleLive({ ...request, base: live.base });
    const rebuilt = live.receive(answer);
    const full = await service.checkArticle(request);
    assert.deepEqual(rebuilt, full.findings, `keystroke ${i}`);
    assert.equal(answer.rate, full.rate);
    if (i > 0) {
      assert.ok(answer.base, `keystroke ${i} answered against a base`);
      deltaBytes += size(answer.findings);
      wholeBytes += size(full.findings);
    }
  }
  assert.ok(wholeBytes > 0);
  assert.ok(deltaBytes * 4 < wholeBytes, `answers ${deltaBytes} B against ${wholeBytes} B of whole findings`);
});

test('a finding that did not move keeps its object (memoized underlines skip their re-render)', async () => {
  const live = new LiveResults();
  const request = { articleId, title: '', lead: '', draft: '위화퉁를 지원한다. 이 기업은 수소 기업이다.', sources: [source] };
  const first = live.receive(await service.checkArticleLive({ ...request, base: live.base }));
  const second = live.receive(await service.checkArticleLive({ ...request, draft: request.draft + ' 더', base: live.base }));
  assert.ok(first.length > 0);
  const atStart = first.filter((f) => f.end <= 4);
  assert.ok(atStart.length > 0, `a finding on 위화퉁: ${first.map((f) => f.rule).join(', ')}`);
  for (const finding of atStart) assert.ok(second.includes(finding), `${finding.rule} is the same object`);
});

test('an unknown base gets whole findings; a base the editor no longer holds is refused', async () => {
  const answer = await service.checkArticleLive({ articleId, draft: '위화퉁', sources: [source], base: 'forgotten-1' });
  assert.equal(answer.base, undefined);
  assert.ok(answer.findings.every((f) => !Array.isArray(f)));
  assert.throws(() => new LiveResults().receive({ ...answer, base: 'other-7' }), UnknownBaseError);
  assert.throws(() => decodeFindings([], [[3, 0, 1, 1, 1]]), /refers to finding 3 of a result with 0/);
});
