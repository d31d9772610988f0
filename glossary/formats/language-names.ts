// Language names as spreadsheet headers write them ("English", "Korean", "한국어", "中文",
// "日本語", "Japanese_word") → BCP 47 tags. Names come from ICU (Intl.DisplayNames) in English,
// Korean and Chinese for every two-letter ISO 639-1 code, plus the spellings ICU does not give.

const EXTRA_NAMES: Record<string, string> = {
  中文: 'zh', 汉语: 'zh', 漢語: 'zh', 华语: 'zh', 中国语: 'zh', 简体中文: 'zh-Hans', 繁體中文: 'zh-Hant', 繁体中文: 'zh-Hant',
  简体: 'zh-Hans', 繁體: 'zh-Hant', 중국어간체: 'zh-Hans', 중국어번체: 'zh-Hant',
  한국어: 'ko', 한국말: 'ko', 韩语: 'ko', 韓語: 'ko', 韩文: 'ko', 韓文: 'ko', 朝鲜语: 'ko', 한글: 'ko',
  英语: 'en', 英語: 'en', 英文: 'en', 영문: 'en',
  日语: 'ja', 日語: 'ja', 日文: 'ja', 日本語: 'ja', 일문: 'ja',
  중문: 'zh', 한문: 'zh', 원어: 'zh', 번역어: 'ko',
};

let names: Map<string, string> | undefined;

function buildNames(): Map<string, string> {
  const map = new Map<string, string>();
  const locales = ['en', 'ko', 'zh', 'zh-Hant'];
  const displays = locales.map((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      for (const display of displays) {
        const name = display.of(code);
        if (name !== undefined && name !== code && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), code);
      }
    }
  }
  for (const [name, tag] of Object.entries(EXTRA_NAMES)) map.set(name, tag);
  return map;
}

/** The tag for a language name in English, Korean or Chinese (case-insensitive), or undefined. */
export function languageFromName(name: string): string | undefined {
  names ??= buildNames();
  return names.get(name.trim().toLowerCase());
}
