// Rendering suggestions per second for 10,000 person names (target ≥ 2,000/s: a whole glossary
// import of new names is suggested in seconds), and alignments per second (the checks align every
// `한글(漢字)` pair of an issue). Names are built deterministically from common surnames and
// given-name characters, so every run measures the same work.
import { performance } from 'node:perf_hooks';
import { alignRendering, suggest } from '../readings/index.ts';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红海鹏飞玉宇晨浩然子轩梓涵一诺欣怡博文思远俊杰雨萱嘉琪天佑泽宇琼慧星传福克鸿'];

function names(count: number): string[] {
  const out: string[] = [];
  // A fixed linear congruential sequence: deterministic, spread over the character lists.
  let seed = 20240621;
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

export async function run(): Promise<void> {
  const list = names(10_000);
  // Warm up pinyin-pro's and OpenCC's dictionaries so the first call's loading is not measured.
  for (const name of list.slice(0, 200)) suggest(name, { category: 'person' });

  let t0 = performance.now();
  const rendered: [string, string][] = [];
  for (const name of list) rendered.push([name, suggest(name, { category: 'person' }).recommended]);
  let seconds = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({
      bench: 'readings-suggest',
      names: list.length,
      seconds: +seconds.toFixed(3),
      suggestions_per_s: Math.round(list.length / seconds),
      target_per_s: 2000,
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
}
