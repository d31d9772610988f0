// checkKit: what the editor's check worker needs, against a real database: the whole glossary in
// chunks for a new glossary state, nothing of it for the state the caller holds, and a new state
// after any glossary change, including one another process committed.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IndexedConcept } from '../checks/types.ts';
import { createService } from '../service.ts';
import { openStore } from '../store/index.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-kit-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a kit carries the glossary once per state, the issue drafts and this article\'s place', async () => {
  const dbPath = path.join(dir, 'g.db');
  const service = await createService({ dbPath, who: 'tester' });
  try {
    const issue = await service.createIssue({ number: '1', date: '2024-06-21', rate: 190 });
    const first = await service.addArticle({ issueId: issue.id, section: 'policy' });
    const second = await service.addArticle({ issueId: issue.id, section: 'policy' });
    await service.saveArticle({ id: first.id, title: '첫째', lead: '', body: '60억 위안(약 1조 1400억 원)', sources: [] });

    const kit = await service.checkKit({ articleId: second.id });
    const concepts = kit.conceptsJson!.flatMap((chunk) => JSON.parse(chunk) as IndexedConcept[]);
    assert.equal(concepts.length, (await service.glossaryStats()).concepts);
    assert.ok(concepts.some((c) => c.zh.includes('專精特新') && c.ko.some((k) => k.text === '전정특신')));
    assert.deepEqual([kit.rate, kit.self, kit.issueDrafts.length], [190, 1, 2]);
    assert.match(kit.issueDrafts[0]!, /^첫째\n\n60억 위안/);

    const again = await service.checkKit({ articleId: first.id, glossaryRevision: kit.glossaryRevision });
    assert.equal(again.conceptsJson, null, 'the caller holds this glossary state');
    assert.equal(again.self, 0);

    await service.saveConcept({ input: { category: 'place', terms: [{ lang: 'zh', text: '宁夏' }, { lang: 'ko', text: '닝샤' }] } });
    const changed = await service.checkKit({ articleId: first.id, glossaryRevision: kit.glossaryRevision });
    assert.notEqual(changed.glossaryRevision, kit.glossaryRevision);
    assert.ok(changed.conceptsJson!.flatMap((chunk) => JSON.parse(chunk) as IndexedConcept[]).some((c) => c.zh.includes('宁夏')));

    const other = openStore(dbPath, { who: 'cli' });
    other.createConcept({ category: 'place', terms: [{ lang: 'zh', text: '青海' }, { lang: 'ko', text: '칭하이' }] });
    other.close();
    const external = await service.checkKit({ articleId: first.id, glossaryRevision: changed.glossaryRevision });
    assert.notEqual(external.glossaryRevision, changed.glossaryRevision, 'a commit by another process is a new state');
    assert.ok(external.conceptsJson !== null);
    await assert.rejects(service.checkKit({ articleId: 999 }), /article 999 does not exist/);
  } finally {
    service.close();
  }
});
