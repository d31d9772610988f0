// The article both localChecker tests check: a real service with the seed glossary, one issue and
// one article whose source and draft hold terms, numbers, an amount in yuan and a particle slip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService, type Service } from '../../../../glossary/service.ts';
import type { Draft } from '../../../../renderer/src/editor/draft.ts';
import type { WorkerPort } from '../../../../renderer/src/editor/localChecker.ts';
import { createCheckWorkerHandler } from '../../../../renderer/src/editor/checkWorkerHandler.ts';

export const source = '亿华通、专精特新企业和揭榜制项目获得1.5亿元支持。重庆和宁夏也发布了新政策。';
export const draft: Draft = { title: '충칭 정책', lead: '', body: '위화퉁를 포함한 전정특신 기업에 1.5억 위안(약 300억 원)을 지원한다.\n닝샤도 새 정책을 발표했다.' };

export interface CheckerFixture {
  dir: string;
  service: Service;
  articleId: number;
}

export async function openCheckerFixture(prefix: string): Promise<CheckerFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const service = await createService({ dbPath: path.join(dir, 'g.db'), who: 'tester' });
  const issue = await service.createIssue({ number: '1', date: '2024-06-21', rate: 190 });
  const articleId = (await service.addArticle({ issueId: issue.id, section: 'policy' })).id;
  await service.saveArticle({ id: articleId, ...draft, sources: [{ title: 's', url: '', text: source }] });
  return { dir, service, articleId };
}

export function closeCheckerFixture({ dir, service }: CheckerFixture): void {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The worker's real handler in this process, behind a structured-clone boundary as postMessage
 * has (messages delivered in later tasks); counts the kits it was given.
 */
export function inProcessWorker(): WorkerPort & { kits: number } {
  const port: WorkerPort & { kits: number } = {
    kits: 0,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if (message.type === 'kit') port.kits++;
      const copy = structuredClone(message);
      setTimeout(() => handle(copy));
    },
  };
  const handle = createCheckWorkerHandler((reply) => {
    const copy = structuredClone(reply);
    setTimeout(() => port.onmessage?.({ data: copy }));
  });
  return port;
}
