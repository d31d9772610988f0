// The native menu: shortcuts, Korean/English labels, dev-only items, and what a click does.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from './bridge.ts';
import { buildMenuTemplate, menuLanguage, type MenuOptions } from './menu.ts';

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuAction[] = [];
  let aboutShown = 0;
  const template = buildMenuTemplate({
    locale: 'ko',
    isDev: false,
    platform: 'linux',
    send: (action) => sent.push(action),
    showAbout: () => { aboutShown += 1; },
    ...overrides,
  });
  return { template, sent, aboutShown: () => aboutShown };
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function item(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = allItems(template).find((candidate) => candidate.id === id);
  assert.ok(found, `no menu item ${id}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('shortcuts', () => {
  const cases: [string, string, boolean][] = [
    // item id, accelerator, registered with the OS (false: the renderer handles the key itself)
    ['new-issue', 'CmdOrCtrl+N', true],
    ['show-issues', 'CmdOrCtrl+1', true],
    ['show-glossary', 'CmdOrCtrl+2', true],
    ['next-finding', 'F8', false],
    ['previous-finding', 'Shift+F8', false],
    ['show-shortcuts', 'F1', false],
  ];
  for (const [id, accelerator, registered] of cases) {
    test(`${id}: ${accelerator}`, () => {
      const entry = item(build().template, id);
      assert.equal(entry.accelerator, accelerator);
      assert.equal(entry.registerAccelerator, registered);
    });
  }
});

describe('actions', () => {
  test('each UI item sends its action to the renderer when clicked', () => {
    const { template, sent } = build();
    const ids: MenuAction[] = ['new-issue', 'import-glossary', 'export-glossary', 'show-issues', 'show-glossary', 'next-finding', 'previous-finding', 'show-shortcuts'];
    for (const id of ids) click(item(template, id));
    assert.deepEqual(sent, ids);
  });

  test('About opens the about panel and sends nothing', () => {
    const built = build();
    click(item(built.template, 'about'));
    assert.equal(built.aboutShown(), 1);
    assert.deepEqual(built.sent, []);
  });

  test('editing and quitting are native roles', () => {
    const { template } = build();
    const roles = Object.fromEntries(allItems(template).filter((i) => i.role).map((i) => [i.id, i.role]));
    assert.deepEqual(roles, { quit: 'quit', undo: 'undo', redo: 'redo', cut: 'cut', copy: 'copy', paste: 'paste', 'select-all': 'selectAll' });
  });
});

describe('development items', () => {
  test('Reload and DevTools appear only in development', () => {
    const ids = (isDev: boolean) => allItems(build({ isDev }).template).map((i) => i.id);
    assert.ok(!ids(false).includes('reload'));
    assert.ok(!ids(false).includes('dev-tools'));
    assert.equal(item(build({ isDev: true }).template, 'reload').role, 'reload');
    assert.equal(item(build({ isDev: true }).template, 'dev-tools').role, 'toggleDevTools');
  });
});

describe('labels', () => {
  const languages: [string, 'ko' | 'en'][] = [['ko', 'ko'], ['ko-KR', 'ko'], ['', 'ko'], ['en-US', 'en'], ['zh-CN', 'en'], ['de', 'en']];
  for (const [locale, language] of languages) {
    test(`locale ${JSON.stringify(locale)} → ${language}`, () => assert.equal(menuLanguage(locale), language));
  }

  test('Korean system: Korean menu titles and items', () => {
    const { template } = build({ locale: 'ko-KR' });
    assert.deepEqual(template.map((m) => m.label), ['파일', '편집', '보기', '도움말']);
    assert.equal(item(template, 'new-issue').label, '새 이슈');
    assert.equal(item(template, 'next-finding').label, '다음 지적 사항');
  });

  test('other systems: English', () => {
    const { template } = build({ locale: 'en-US' });
    assert.deepEqual(template.map((m) => m.label), ['File', 'Edit', 'View', 'Help']);
    assert.equal(item(template, 'import-glossary').label, 'Import Glossary…');
  });

  test('macOS gets the application menu first', () => {
    const { template } = build({ platform: 'darwin' });
    assert.equal(template[0]?.role, 'appMenu');
    assert.equal(template.length, 5);
  });
});
