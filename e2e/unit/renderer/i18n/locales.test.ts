// Every UI string comes from resources/locales/{ko,en,zh}.json. This fails when a key is missing in
// a language, when a component uses a key that no locale has, or when an enumeration the UI
// translates (categories, sections, rules …) has a value without a label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_STATES, APPROVAL_STATES, CATEGORIES, SECTIONS, TERM_STATUSES } from '../../../../glossary/model.ts';
import { RULE_IDS } from '../../../../glossary/checks/types.ts';
import { ARTICLE_STATE_LIST, CATEGORY_LIST, SECTION_LIST, SEVERITY_LIST, TERM_STATUS_LIST } from '../../../../renderer/src/domain.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.resolve(here, '../../../../renderer/src');
const localesDir = path.resolve(here, '../../../../resources/locales');
const LANGS = ['ko', 'en', 'zh'] as const;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const locales = Object.fromEntries(
  LANGS.map((lang) => [lang, flatten(JSON.parse(fs.readFileSync(path.join(localesDir, `${lang}.json`), 'utf8')) as Tree)]),
) as Record<(typeof LANGS)[number], Map<string, string>>;

/** i18next plural forms: a key `x` used with {count} may exist only as x_one / x_other. */
function has(keys: Map<string, string>, key: string): boolean {
  return keys.has(key) || keys.has(`${key}_other`);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const namespaces = new Set([...locales.ko.keys()].map((k) => k.split('.')[0]!));

/** Keys in t('…') calls, plus quoted 'namespace.key' literals (tables of keys passed to t later). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) used.set(match[1]!, path.relative(srcDir, file));
    for (const match of text.matchAll(/'([a-z][a-zA-Z]*(?:\.[a-zA-Z0-9_]+)+)'/g)) {
      if (namespaces.has(match[1]!.split('.')[0]!)) used.set(match[1]!, path.relative(srcDir, file));
    }
  }
  return used;
}

for (const lang of LANGS) {
  test(`${lang}.json has every key of the other languages`, () => {
    const missing = LANGS.flatMap((other) => [...locales[other].keys()].filter((key) => !locales[lang].has(key)));
    assert.deepEqual([...new Set(missing)], [], `missing in ${lang}.json`);
  });

  test(`${lang}.json has no empty string`, () => {
    assert.deepEqual([...locales[lang]].filter(([, v]) => v.trim() === '').map(([k]) => k), []);
  });
}

test('every key used in renderer/src exists in every language', () => {
  const used = usedKeys();
  assert.ok(used.size > 50, `expected many keys in use, found ${used.size}`);
  const missing = [...used].filter(([key]) => LANGS.some((lang) => !has(locales[lang], key))).map(([key, file]) => `${key} (${file})`);
  assert.deepEqual(missing, []);
});

test('dynamic keys: every enumeration value the UI translates has a label in every language', () => {
  const families: [string, readonly string[]][] = [
    ['category', CATEGORIES],
    ['section', SECTIONS],
    ['termStatus', TERM_STATUSES],
    ['articleState', ARTICLE_STATES],
    ['approval', APPROVAL_STATES],
    ['severity', SEVERITY_LIST],
    ['rule', RULE_IDS],
    ['historyAction', ['create', 'update', 'delete', 'approve', 'import']],
    ['save', ['saved', 'pending', 'saving', 'error']],
    ['language', ['ko', 'en', 'zh']],
    ['findings.rateSource', ['issue', 'derived', 'none']],
  ];
  const missing = families.flatMap(([prefix, values]) =>
    values.flatMap((value) => LANGS.filter((lang) => !locales[lang].has(`${prefix}.${value}`)).map((lang) => `${lang}: ${prefix}.${value}`)),
  );
  assert.deepEqual(missing, []);
});

test('the renderer only builds keys dynamically from the families checked above', () => {
  const allowed = ['category', 'section', 'termStatus', 'articleState', 'approval', 'severity', 'rule', 'historyAction', 'save', 'language', 'findings.rateSource'];
  const offending: string[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) {
      const prefix = match[1]!.replace(/\.$/, '');
      if (!allowed.includes(prefix)) offending.push(`${path.relative(srcDir, file)}: t(\`${match[1]}\${…}\`)`);
    }
  }
  assert.deepEqual(offending, []);
});

test("the renderer's enumerations equal the domain model's", () => {
  assert.deepEqual(CATEGORY_LIST, CATEGORIES);
  assert.deepEqual(SECTION_LIST, SECTIONS);
  assert.deepEqual(TERM_STATUS_LIST, TERM_STATUSES);
  assert.deepEqual(ARTICLE_STATE_LIST, ARTICLE_STATES);
});
