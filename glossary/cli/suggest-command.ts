// `donghyang suggest 戴琼海 [--category person] [--json]`.
import { Command, Option } from 'commander';
import { CATEGORIES, type Category } from '../model.ts';
import { withService } from './context.ts';

type Out = (text: string) => void;

export function registerSuggestCommand(program: Command, out: Out): void {
  program
    .command('suggest')
    .argument('<zh>', 'a Chinese name or term (either script)')
    .addOption(new Option('--category <category>', 'what it is').choices([...CATEGORIES]))
    .option('--historical', 'a person before 1911 or a place no longer so named: Sino-Korean reading (会稽 회계)')
    .option('--json', 'print JSON')
    .addOption(new Option('--lang <lang>', 'explanation language').choices(['ko', 'en', 'zh']).default('ko'))
    .description('suggest a Korean rendering: official transcription or Sino-Korean reading')
    .action(async (zh: string, opts: { category?: Category; historical?: boolean; json?: boolean; lang: 'ko' | 'en' | 'zh' }, command: Command) => {
      await withService(command, async (service) => {
        const s = await service.suggest({ zh, category: opts.category, ...(opts.historical ? { historical: true } : {}) });
        if (opts.json) {
          out(`${JSON.stringify(s, null, 2)}\n`);
          return;
        }
        out(
          [
            `${s.zh} → ${s.recommended}`,
            `  pinyin:        ${s.pinyin}`,
            `  transcription: ${s.transcription}`,
            `  hanja reading: ${s.hanjaReading}`,
            ...(s.established ? [`  established:   ${s.established}`] : []),
            ...(s.hanjaAlternatives ?? []).map(
              (a) => `  ${a.char} also:       ${a.readings.filter((r) => r.reading !== a.reading).map((r) => `${r.reading} (${r.example} ${r.exampleKo})`).join(', ')}`,
            ),
            `  why: ${s.why[opts.lang] ?? s.why.ko}`,
            '',
          ].join('\n'),
        );
      });
    });
}
