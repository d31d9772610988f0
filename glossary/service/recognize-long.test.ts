// recognize on a long text: the same hits, at the same offsets, as one scan of the whole text, while
// other requests are answered in between (a stretch of lines at a time).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService, type Service } from '../service.ts';
import { buildRecognizer } from '../match/index.ts';
import { indexConcept } from '../checks/index.ts';

let dir: string;
let service: Service;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-recognize-long-'));
  service = await createService({ dbPath: path.join(dir, 'g.db'), who: 'tester' });
});

after(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a 150,000-character source: every hit of a whole-text scan, offsets into the whole text; other calls answered meanwhile', async () => {
  const line = '亿华通与專精特新企业在重庆发布揭榜制项目，投资1.5亿元。';
  // Lines of different lengths, one very long line among them (longer than a stretch).
  const lines = Array.from({ length: 4000 }, (_, i) => line.repeat(1 + (i % 3)));
  lines[1500] = line.repeat(1200);
  const text = lines.join('\n');
  assert.ok(text.length > 150_000);

  const order: string[] = [];
  const recognizing = service.recognize({ text }).then((hits) => (order.push('recognize'), hits));
  const other = service.glossaryStats().then(() => order.push('glossaryStats'));
  const hits = await recognizing;
  await other;
  assert.deepEqual(order, ['glossaryStats', 'recognize'], 'a call made after the long one is answered before it');

  const { concepts } = await service.listConcepts({ offset: 0, limit: 1000 });
  const whole = buildRecognizer(concepts.map((c) => indexConcept(c.id, c))).findInSource(text);
  assert.ok(whole.length > 10_000, 'the seed glossary finds terms in it');
  assert.deepEqual(hits.map((h) => [h.start, h.end, h.conceptId, h.text]), whole.map((h) => [h.start, h.end, h.conceptId, h.text]));
  for (const hit of hits.slice(0, 50)) assert.equal(text.slice(hit.start, hit.end), hit.text);
});
