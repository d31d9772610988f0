// A deterministic synthetic glossary for benchmarks: Chinese names and terms of 2–8 characters
// (about one in five written in traditional characters), Korean renderings of 2–10 syllables,
// some English terms. Seeded, so every run and every benchmark sees the same glossary.
import { Converter } from 'opencc-js/cn2t';
import { CATEGORIES, type ConceptInput, type TermInput } from '../model.ts';
import { fold } from '../text/fold.ts';

// Characters common in Chinese names, places, companies and policy terms (simplified).
const ZH_CHARS = [...
  '中国华东南西北京上海天津重庆广州深圳杭州苏州武汉成都长沙合肥南昌福建山江河湖海云贵川陕甘宁青新疆藏' +
  '内蒙古黑吉辽冀晋鲁豫皖浙赣闽粤桂琼渝蜀滇黔秦陇港澳台省市县区镇乡村街路口岛湾关门' +
  '科技创新能源电力网络信息数据智算云端芯片半导体材料化工钢铁汽车船舶航空天卫星导航火箭' +
  '生物医药健康基因蛋白细胞疫苗诊疗器械农业林牧渔粮食水利环境保护生态绿色低碳氢储锂钠光伏风' +
  '集团公司股份有限控投资银行证券保险基金金融贸易物流商务服务平台产业园区开发高新技术研究院所' +
  '大学学院实验室中心国家重点工程计划项目行动方案政策制度改革试点示范专精特新小巨人独角兽' +
  '人工智能机器视觉语音自动驾驶通信量子计算超级显示屏幕传感器激光精密制造装备工业互联' +
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程' +
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华志红建文辉力永健世广义兴良海峰飞鹏' +
  '龙凤麟瑞祥福富贵荣昌盛泰安康宏伟达远鸿鑫源通汇联合众信诚德仁和顺利嘉佳美乐宝晶星辰阳'];

// Syllables that Korean transcriptions of Mandarin (and Sino-Korean readings) are made of.
const KO_SYLLABLES = [...
  '베이징상하이톈진충칭광저우선전항저우쑤우한청두창사허페이난창푸젠산장후윈구이촨시간닝칭신' +
  '네이멍헤이지랴오허진루위완저간민웨구이충궈화둥중커넝뎬리왕뤄수쥐데이터안취둔룽펑페이' +
  '전정특신기업과학기술연구원대학센터국가개발혁신에너지수소배터리자동차그룹홀딩스산업단지' +
  '왕리장류천양황자오우저우쉬쑨마주후궈허가오린뤄정량셰쑹탕쉬한펑덩차오펑쩡샤오톈둥위안판'];

const EN_WORDS = [
  'hydrogen', 'battery', 'solid', 'state', 'energy', 'smart', 'city', 'robot', 'quantum', 'chip', 'vision',
  'cloud', 'data', 'green', 'carbon', 'auto', 'motor', 'group', 'holdings', 'science', 'park', 'lab',
];

/** mulberry32: small, fast, good enough for test data; the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Most glossary names are short: lengths 2–8 with this many chances in 100.
const ZH_LENGTH_WEIGHTS: [number, number][] = [[2, 25], [3, 25], [4, 22], [5, 10], [6, 8], [7, 5], [8, 5]];

export function syntheticConcepts(n: number, seed = 1): ConceptInput[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const zhLength = () => {
    let roll = random() * 100;
    for (const [length, weight] of ZH_LENGTH_WEIGHTS) if ((roll -= weight) < 0) return length;
    return 8;
  };
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const used = new Set<string>();
  const concepts: ConceptInput[] = [];
  while (concepts.length < n) {
    let zh = '';
    const length = zhLength();
    for (let i = 0; i < length; i++) zh += pick(ZH_CHARS);
    const written = random() < 0.2 ? toTraditional(zh) : zh;
    const key = fold(written);
    if (used.has(key)) continue; // one concept per Chinese key, as in a real glossary
    used.add(key);
    let ko = '';
    const syllables = between(2, 10);
    for (let i = 0; i < syllables; i++) ko += pick(KO_SYLLABLES);
    const terms: TermInput[] = [{ lang: 'zh', text: written }, { lang: 'ko', text: ko }];
    if (random() < 0.1) terms.push({ lang: 'en', text: `${pick(EN_WORDS)} ${pick(EN_WORDS)} ${concepts.length}` });
    concepts.push({
      category: pick(CATEGORIES),
      sourceIssue: `2024-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
      terms,
    });
  }
  return concepts;
}
