import { loadCorpus, loadEvalRecognizer } from './corpus-load.ts';
import { checkPair } from './evaluate.ts';
const name = process.argv[2]!;
const pair = loadCorpus().find((p) => p.name.startsWith(name))!;
const rec = await loadEvalRecognizer();
for (const f of checkPair(pair, rec)) console.log(f.severity, f.rule, JSON.stringify(f.text), '→', f.suggestion, '|', f.message.ko);
