// The concordance over 100 stored issues (the sample issue under 100 dates, each article with a
// Chinese source of about 3,000 characters): one search, warm (target ≤ 50 ms), for a Chinese and a
// Korean string; and the first search, which reads and folds every issue.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseIssueText } from '../bulletin/parse-text.ts';
import { importIssueIntoStore } from '../bulletin/to-store.ts';
import { ConcordanceCorpus } from '../concordance/corpus.ts';
import { searchConcordance } from '../concordance/search.ts';
import { repoRoot } from '../paths.ts';
import { openStore } from '../store/store.ts';

const ISSUES = 100;
const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

// Sentences in the register of the bulletin's sources, varied per article so no two are equal.
const SENTENCES = [
  '工业和信息化部印发通知，支持专精特新中小企业加快数字化转型，到{n}年培育{n}家专精特新“小巨人”企业。',
  '科技部表示，将围绕人工智能、量子信息、集成电路等前沿领域部署一批重大科技项目，总投入约{n}亿元。',
  '国家发展和改革委员会指出，要完善科技创新体系，推动高水平科技自立自强，强化企业科技创新主体地位。',
  '北京亿华通科技股份有限公司发布新一代氢燃料电池系统，额定功率达{n}千瓦，已在{n}个城市示范运营。',
  '四川省成都市高新区出台政策，对新认定的国家级研发机构给予最高{n}万元奖励。',
  '中国科学院院士在会上介绍了卫星互联网、商业航天和低空经济等领域的最新进展。',
];

function sourceText(seed: number): string {
  let text = '';
  for (let i = 0; text.length < 3000; i++) {
    text += SENTENCES[(seed + i) % SENTENCES.length]!.replaceAll('{n}', String(((seed * 31 + i * 7) % 900) + 100));
    if (i % 3 === 2) text += '\n';
  }
  return text;
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-bench-concordance-'));
  const store = openStore(path.join(dir, 'glossary.db'), { who: 'bench' });
  try {
    const sample = parseIssueText('kostec-weekly-2024-06-21.txt', fs.readFileSync(path.resolve(repoRoot, '../shared/samples/kostec-weekly-2024-06-21.txt'), 'utf8'));
    let chars = 0;
    for (let i = 0; i < ISSUES; i++) {
      const date = new Date(Date.UTC(2024, 5, 21 - 7 * i)).toISOString().slice(0, 10);
      const summary = importIssueIntoStore(store, { ...sample, date });
      const issue = store.getIssue(summary.issue!.id)!;
      issue.articles.forEach((article, k) => {
        const text = sourceText(i * 100 + k);
        chars += text.length + article.body.length;
        store.saveArticle({ id: article.id, title: article.title, lead: article.lead, body: article.body, sources: [{ title: '', url: '', text }] });
      });
    }
    const corpus = new ConcordanceCorpus(store);
    let start = performance.now();
    searchConcordance(corpus.issues(), '专精特新');
    console.log(JSON.stringify({ bench: 'concordance.cold_100_issues_ms', ms: round(performance.now() - start), chars }));
    for (const query of ['專精特新', '위화퉁은', '卫星互联网']) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < 15; i++) {
        start = performance.now();
        total = searchConcordance(corpus.issues(), query).total;
        times.push(performance.now() - start);
      }
      console.log(JSON.stringify({ bench: 'concordance.search_100_issues_ms', query, ms: round(median(times)), hits: total, target: 50 }));
    }
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
