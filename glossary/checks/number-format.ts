// number-format: the house groups digits in threes (1,700억, 1,000개, 17,209건). A quantity of four
// or more digits written without commas is flagged with the grouped form. When the draft mixes both
// styles the message says so (with counts); the suggestion is always the house style, so a draft
// that mostly writes 1200억 is still steered to 1,200억 and comma-grouped numbers are never flagged.
// Only quantities are checked (a number with a counter or a large unit): years (2024년, '23년,
// a bare 2023), labels (1308호), model numbers (CG11837, ISO 13228), URLs and phone numbers carry
// no counter or sit inside a Latin token, so they are not.
import { type KoreanAmount, findKoreanAmounts, withGroupedDigits } from '../text/numbers-ko.ts';
import { LABEL_KINDS } from '../text/numbers-units.ts';
import type { RawFinding, RuleFamily } from './types.ts';

function isQuantity(amount: KoreanAmount): boolean {
  if (amount.kind && LABEL_KINDS.has(amount.kind)) return false;
  return amount.kind !== null || amount.groups.some((g) => g.unit !== '');
}

function integerDigits(digits: string): string {
  return digits.split('.')[0]!;
}

/** A Latin word and a space before the number: ISO 13228, GB 18384 (standard and model numbers). */
function afterLatinWord(draft: string, amount: KoreanAmount): boolean {
  return /[A-Za-z]+ $/.test(draft.slice(Math.max(0, amount.start - 12), amount.start));
}

export const numberFormatRules: RuleFamily = {
  rules: ['number-format'],
  messages: {
    group: {
      ko: "천 단위 쉼표가 빠졌습니다: '{suggestion}'.",
      en: "Group the digits with commas: '{suggestion}'.",
      zh: "缺少千位分隔逗号：'{suggestion}'。",
    },
    mixed: {
      ko: "이 글에 쉼표를 쓴 숫자({withComma}개)와 쓰지 않은 숫자({withoutComma}개)가 섞여 있습니다. 쉼표를 넣어 통일하세요: '{suggestion}'.",
      en: "This text mixes grouped ({withComma}) and ungrouped ({withoutComma}) numbers; write '{suggestion}'.",
      zh: "本文混用了带逗号（{withComma}个）和不带逗号（{withoutComma}个）的数字，请统一加逗号：'{suggestion}'。",
    },
  },
  run(ctx) {
    const quantities = findKoreanAmounts(ctx.draft).filter((a) => isQuantity(a) && !afterLatinWord(ctx.draft, a));
    let withComma = 0;
    const ungrouped: KoreanAmount[] = [];
    for (const amount of quantities) {
      // Mixed numerals (9천800억) are grouped by their 천 already.
      const long = amount.groups.filter((g) => /^[0-9.,]+$/.test(g.digits) && integerDigits(g.digits).replace(/,/g, '').length >= 4);
      if (long.some((g) => !g.digits.includes(','))) ungrouped.push(amount);
      else if (long.length) withComma++;
    }
    const messageKey = withComma > 0 && ungrouped.length > 0 ? 'mixed' : 'group';
    return ungrouped.map((amount): RawFinding => {
      const suggestion = withGroupedDigits(amount, ctx.draft);
      return {
        rule: 'number-format',
        severity: 'style',
        start: amount.start,
        end: amount.end,
        messageKey,
        params: { suggestion, withComma, withoutComma: ungrouped.length },
        suggestion,
      };
    });
  },
};
