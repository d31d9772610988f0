// Rendering suggestions per second for 10,000 person names (target ≥ 20,000/s: a whole glossary
// import of new names is suggested in a moment), alignments per second (the checks align every
// `한글(漢字)` pair of an issue), and what gazetteer recognition adds to the scan of a
// 40,000-character source (target ≤ 0.5 ms). Names are built deterministically from common
// surnames and given-name characters, so every run measures the same work. Rates are given by
// CPU time too: on a shared machine wall time is mostly waiting for a core.
import { performance } from 'node:perf_hooks';
import { alignRendering, suggest } from '../readings/index.ts';
import { allPlaces, findPlaces } from '../readings/gazetteer.ts';
import { buildRecognizer } from '../match/index.ts';
import { indexConceptInputs } from '../checks/index.ts';
import { prng, syntheticConcepts } from './synthetic.ts';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红海鹏飞玉宇晨浩然子轩梓涵一诺欣怡博文思远俊杰雨萱嘉琪天佑泽宇琼慧星传福克鸿'];

function names(count: number, seed = 20240621): string[] {
  const out: string[] = [];
  // A fixed linear congruential sequence: deterministic, spread over the character lists.
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    const given = next(3) === 0 ? GIVEN[next(GIVEN.length)]! : GIVEN[next(GIVEN.length)]! + GIVEN[next(GIVEN.length)]!;
    out.push(SURNAMES[next(SURNAMES.length)]! + given);
  }
  return out;
}

const PLACE_SAMPLES = 400;

export async function run(): Promise<void> {
  const list = names(10_000);
  // Warm up pinyin-pro's and OpenCC's dictionaries and the compiler on 2,000 other names, so that
  // neither the first call's loading nor the tier-up of the code is measured; the 10,000 measured
  // names are all new to the caches.
  for (const name of names(2_000, 7)) suggest(name, { category: 'person' });

  let t0 = performance.now();
  let cpu = process.cpuUsage();
  const rendered: [string, string][] = [];
  for (const name of list) rendered.push([name, suggest(name, { category: 'person' }).recommended]);
  let seconds = (performance.now() - t0) / 1000;
  let used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      bench: 'readings-suggest',
      names: list.length,
      seconds: +seconds.toFixed(3),
      suggestions_per_s: Math.round(list.length / seconds),
      suggestions_per_cpu_s: Math.round(list.length / ((used.user + used.system) / 1e6)),
      target_per_s: 20000,
    }),
  );

  t0 = performance.now();
  let aligned = 0;
  for (const [name, hangul] of rendered) if (alignRendering(hangul, name)) aligned++;
  seconds = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({
      bench: 'readings-align',
      pairs: rendered.length,
      aligned,
      seconds: +seconds.toFixed(3),
      alignments_per_s: Math.round(rendered.length / seconds),
      target_per_s: 2000,
    }),
  );

  // Gazetteer recognition over a 40,000-character source: glossary terms, place names (full and
  // short, both scripts) and running text, as in the match bench.
  t0 = performance.now();
  const places = allPlaces();
  const buildMs = performance.now() - t0;
  const concepts = indexConceptInputs(syntheticConcepts(100_000, 42));
  const recognizer = buildRecognizer(concepts);
  const random = prng(11);
  const terms = concepts.map((c) => c.zh[0]!);
  const placeNames = places.flatMap((p) => [p.zh, p.short]);
  const fillerChars = [...new Set(terms.slice(0, 2000).join(''))];
  let source = '';
  while (source.length < 40_000) {
    const r = random();
    if (r < 0.2) source += terms[Math.floor(random() * terms.length)]!;
    else if (r < 0.3) source += placeNames[Math.floor(random() * placeNames.length)]!;
    else source += fillerChars[Math.floor(random() * fillerChars.length)]! + (random() < 0.2 ? '，' : '');
  }
  source = source.slice(0, 40_000);
  for (let i = 0; i < 30; i++) findPlaces(source, recognizer.findInSource(source));
  const scanTimes: number[] = [];
  const placeTimes: number[] = [];
  let placeHits = 0;
  const glossaryHits = recognizer.findInSource(source);
  cpu = process.cpuUsage();
  for (let i = 0; i < 50; i++) {
    const s = performance.now();
    recognizer.findInSource(source);
    scanTimes.push(performance.now() - s);
  }
  const scanCpu = process.cpuUsage(cpu);
  // More samples than the glossary scan: each takes well under a millisecond, so on a shared
  // machine one preemption moves a sample a lot and the median needs many of them.
  cpu = process.cpuUsage();
  for (let i = 0; i < PLACE_SAMPLES; i++) {
    const s = performance.now();
    placeHits = findPlaces(source, glossaryHits).length;
    placeTimes.push(performance.now() - s);
  }
  used = process.cpuUsage(cpu);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    JSON.stringify({
      bench: 'gazetteer-scan',
      places: places.length,
      build_ms: +buildMs.toFixed(1),
      chars: source.length,
      place_hits: placeHits,
      glossary_scan_median_ms: +median(scanTimes).toFixed(3),
      added_median_ms: +median(placeTimes).toFixed(3),
      added_min_ms: +Math.min(...placeTimes).toFixed(3),
      glossary_scan_cpu_ms: +((scanCpu.user + scanCpu.system) / 1000 / 50).toFixed(3),
      added_cpu_ms: +((used.user + used.system) / 1000 / PLACE_SAMPLES).toFixed(3),
      target_added_ms: 0.5,
    }),
  );
}
