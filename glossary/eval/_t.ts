import { findKoreanAmounts } from '../text/numbers-ko.ts';
import { toPlainString } from '../text/numbers-decimal.ts';
for (const t of ['2259억 1천만 위안', '3조6326억8천만 위안(약 690조 2천억 원)', '1조9천800억원', '2억5천만', '4,802만 6천 위안', '1천만 위안을', '5천억 원', '3조 6,326억 8천만 원 발표'])
  console.log(t, '→', findKoreanAmounts(t).map((a) => `${a.text}=${toPlainString(a.value)} [${a.groups.map((g) => g.digits + g.unit + '|' + g.gapAfter).join(',')}]`).join(' ; '));
