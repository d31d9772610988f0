// spacing: the house writes a space after a large unit (만/억/조/천) — before the counter noun
// (25억 원, 1조 원, 20만 명, 186만 대) and before the next group (2만 7,916편, 32조 2,813억) — and
// always before a currency (1천 위안). A plain number keeps its counter attached (1,000개, 472종,
// 100개 기업): only the counters listed below need the space, and only after a large unit.
import { type KoreanAmount, findKoreanAmounts } from '../text/numbers-ko.ts';
import type { RawFinding, RuleFamily } from './types.ts';

/** Currencies: spaced after any number (1조 원, 60억 위안, 100 달러). */
export const CURRENCY_COUNTERS: ReadonlySet<string> = new Set(['원', '위안', '달러', '유로', '엔', '파운드']);

/** Counter nouns spaced after a large unit (20만 명, 5,700만 대, 3만 5,504건 → the 건 stays attached to 5,504). */
export const SPACED_AFTER_LARGE_UNIT: ReadonlySet<string> = new Set([
  ...CURRENCY_COUNTERS, '명', '개', '건', '편', '대', '곳', '척', '종', '톤', '가지', '개사', '개국', '개소', '가구',
]);

function needsSpaceBeforeUnit(amount: KoreanAmount): boolean {
  if (!amount.unit || amount.gapBeforeUnit.includes(' ')) return false;
  if (CURRENCY_COUNTERS.has(amount.unit)) return true;
  const last = amount.groups[amount.groups.length - 1]!;
  return last.unit !== '' && SPACED_AFTER_LARGE_UNIT.has(amount.unit);
}

export const spacingRules: RuleFamily = {
  rules: ['spacing'],
  messages: {
    'before-counter': {
      ko: "단위 앞은 띄어 씁니다: '{suggestion}'.",
      en: "Put a space before the unit: '{suggestion}'.",
      zh: "单位前应空格：'{suggestion}'。",
    },
    'between-groups': {
      ko: "만·억·조 단위 뒤는 띄어 씁니다: '{suggestion}'.",
      en: "Put a space after 만/억/조: '{suggestion}'.",
      zh: "만/억/조之后应空格：'{suggestion}'。",
    },
  },
  run(ctx) {
    const out: RawFinding[] = [];
    for (const amount of findKoreanAmounts(ctx.draft)) {
      const groupsJoined = amount.groups.slice(0, -1).some((g) => g.gapAfter === '');
      const beforeUnit = needsSpaceBeforeUnit(amount);
      if (!groupsJoined && !beforeUnit) continue;
      const suggestion = fixedText(amount, ctx.draft, beforeUnit);
      out.push({
        rule: 'spacing',
        severity: 'style',
        start: amount.start,
        end: amount.end,
        messageKey: groupsJoined ? 'between-groups' : 'before-counter',
        params: { suggestion },
        suggestion,
      });
    }
    return out;
  },
};

/** The amount with the missing spaces added, keeping everything else (bold markers, 여) as written. */
function fixedText(amount: KoreanAmount, draft: string, beforeUnit: boolean): string {
  let out = '';
  for (const group of amount.groups) {
    out += draft.slice(group.start, group.end);
    if (group !== amount.groups[amount.groups.length - 1]) out += ' ';
  }
  if (!amount.unit) return out;
  const between = draft.slice(amount.numberEnd, amount.unitStart);
  return out + (beforeUnit ? `${between} ` : between) + amount.unit;
}
