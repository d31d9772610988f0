// Every rule family, in the order their findings are computed (the engine sorts the results).
import type { RuleFamily } from './types.ts';
import { termFamily } from './terms.ts';
import { termTypoFamily } from './terms-typo.ts';
import { consistencyFamily } from './consistency.ts';
import { transcriptionFamily } from './terms-transcription.ts';
import { numberRules } from './numbers.ts';
import { currencyRules } from './currency.ts';
import { numberFormatRules } from './number-format.ts';
import { spacingRules } from './spacing.ts';
import { josaRules } from './josa.ts';
import { untranslatedRules } from './untranslated.ts';

export const ALL_FAMILIES: readonly RuleFamily[] = [
  termFamily,
  termTypoFamily,
  consistencyFamily,
  transcriptionFamily,
  numberRules,
  currencyRules,
  numberFormatRules,
  spacingRules,
  josaRules,
  untranslatedRules,
];
