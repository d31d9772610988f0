// The suffix rule: name transcribed, administrative suffix read in Sino-Korean, peoples with 족.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ethnic from '../../resources/readings-ethnic-groups.json' with { type: 'json' };
import { peopleKorean, placeKorean, splitPlaceName } from './place-suffix.ts';
import { suggest } from './suggest.ts';

const SUFFIX_RULE: [string, string][] = [
  ['海淀区', '하이뎬구'],
  ['浦东新区', '푸둥신구'],
  ['长兴县', '창싱현'],
  ['周庄镇', '저우좡진'],
  ['广西壮族自治区', '광시좡족자치구'],
  ['浙江省', '저장성'],
  ['义乌市', '이우시'],
  ['雄安新区', '슝안신구'],
  ['大兴安岭地区', '다싱안링지구'],
  ['锡林郭勒盟', '시린궈러맹'],
  ['阿鲁科尔沁旗', '아루커얼친기'],
  ['长阳土家族自治县', '창양투자족자치현'],
  ['香港特别行政区', '샹강특별행정구'],
  // Not in the gazetteer (towns and townships are not): the same rule.
  ['西塘镇', '시탕진'],
  ['龙门乡', '룽먼향'],
  ['花桥镇', '화차오진'],
  // Traditional script: the same.
  ['廣西壯族自治區', '광시좡족자치구'],
];

for (const [zh, ko] of SUFFIX_RULE) {
  test(`suffix rule: ${zh} → ${ko}`, () => {
    assert.equal(placeKorean(zh)?.ko, ko);
    assert.equal(suggest(zh).recommended, ko, 'suggest without a category applies it');
    assert.equal(suggest(zh, { category: 'place' }).recommended, ko);
  });
}

test('the parts of a name: stem, peoples, suffix', () => {
  assert.deepEqual(splitPlaceName('湘西土家族苗族自治州'), { stem: '湘西', peoples: ['土家族', '苗族'], suffix: '自治州', suffixKo: '자치주' });
  assert.deepEqual(splitPlaceName('新疆维吾尔自治区'), { stem: '新疆', peoples: ['维吾尔'], suffix: '自治区', suffixKo: '자치구' });
  assert.deepEqual(splitPlaceName('内蒙古自治区'), { stem: '内蒙古', peoples: [], suffix: '自治区', suffixKo: '자치구' });
  assert.equal(splitPlaceName('区'), null, 'a suffix alone is no name');
  assert.equal(splitPlaceName('亿华通'), null);
});

test('a person, a policy term or a historical place is not given the suffix rule', () => {
  assert.equal(suggest('王志区', { category: 'person' }).recommended, '왕즈취');
  assert.equal(suggest('经济特区', { category: 'policy' }).recommended, '경제특구');
  assert.equal(suggest('会稽郡', { historical: true }).recommended, '회계군');
  // One character before 镇 is the whole name: 乌镇 is 우전 in the Korean press (세계인터넷대회 우전).
  assert.equal(suggest('乌镇').recommended, '우전');
});

// Each people's Korean word: its own Korean word where it has one, else the transcription + 족.
const PEOPLES: Record<string, string> = {
  壮: '좡족', 回: '후이족', 满: '만주족', 维吾尔: '위구르족', 苗: '먀오족', 彝: '이족', 土家: '투자족', 藏: '티베트족',
  蒙古: '몽골족', 侗: '둥족', 布依: '부이족', 瑶: '야오족', 白: '바이족', 朝鲜: '조선족', 哈尼: '하니족', 黎: '리족',
  哈萨克: '카자흐족', 傣: '다이족', 畲: '서족', 傈僳: '리쑤족', 东乡: '둥샹족', 仡佬: '거라오족', 拉祜: '라후족',
  佤: '와족', 水: '수이족', 纳西: '나시족', 羌: '창족', 土: '투족', 仫佬: '무라오족', 锡伯: '시보족',
  柯尔克孜: '키르기스족', 景颇: '징포족', 达斡尔: '다우르족', 撒拉: '싸라족', 布朗: '부랑족', 毛南: '마오난족',
  塔吉克: '타지크족', 普米: '푸미족', 阿昌: '아창족', 怒: '누족', 鄂温克: '에벤키족', 京: '징족', 基诺: '지눠족',
  德昂: '더앙족', 保安: '바오안족', 俄罗斯: '러시아족', 裕固: '위구족', 乌孜别克: '우즈베크족', 门巴: '먼바족',
  鄂伦春: '어룬춘족', 独龙: '두룽족', 赫哲: '허저족', 高山: '가오산족', 珞巴: '뤄바족', 塔塔尔: '타타르족', 汉: '한족',
};

test('all 56 peoples have their Korean word', () => {
  assert.deepEqual(Object.keys(PEOPLES).sort(), Object.keys(ethnic.groups).sort());
  for (const [zh, ko] of Object.entries(PEOPLES)) assert.equal(peopleKorean(`${zh}族`), ko, zh);
});
