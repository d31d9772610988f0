// The native menu bar. Items that drive the UI send a MenuAction to the renderer; editing, quitting,
// reloading and DevTools are Electron roles. Pure data: main.ts passes the template to
// Menu.buildFromTemplate, the tests read it directly.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from './bridge.ts';

type LabelKey =
  | 'file' | 'newIssue' | 'importGlossary' | 'exportGlossary' | 'quit'
  | 'edit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'view' | 'issues' | 'glossary' | 'nextFinding' | 'previousFinding' | 'reload' | 'devTools'
  | 'help' | 'shortcuts' | 'about' | 'connectTeam' | 'useLocal';

const LABELS: Record<'ko' | 'en', Record<LabelKey, string>> = {
  ko: {
    file: '파일', newIssue: '새 이슈', importGlossary: '용어집 가져오기…', exportGlossary: '용어집 내보내기…', quit: '끝내기',
    edit: '편집', undo: '실행 취소', redo: '다시 실행', cut: '잘라내기', copy: '복사', paste: '붙여넣기', selectAll: '모두 선택',
    view: '보기', issues: '이슈', glossary: '용어집', nextFinding: '다음 지적 사항', previousFinding: '이전 지적 사항',
    reload: '새로 고침', devTools: '개발자 도구',
    help: '도움말', shortcuts: '단축키', about: '동향 정보',
    connectTeam: '팀 서버에 연결…', useLocal: '이 컴퓨터의 용어집 사용',
  },
  en: {
    file: 'File', newIssue: 'New Issue', importGlossary: 'Import Glossary…', exportGlossary: 'Export Glossary…', quit: 'Quit',
    edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    view: 'View', issues: 'Issues', glossary: 'Glossary', nextFinding: 'Next Finding', previousFinding: 'Previous Finding',
    reload: 'Reload', devTools: 'Toggle Developer Tools',
    help: 'Help', shortcuts: 'Keyboard Shortcuts', about: 'About Donghyang',
    connectTeam: 'Connect to Team Server…', useLocal: 'Use Local Glossary',
  },
};

/** Korean for a Korean (or unknown) system locale, English for every other one. */
export function menuLanguage(locale: string): 'ko' | 'en' {
  return locale === '' || locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export interface MenuOptions {
  /** app.getLocale(), e.g. "ko", "en-US". */
  locale: string;
  /** Development build: adds Reload and DevTools. */
  isDev: boolean;
  platform: NodeJS.Platform;
  send(action: MenuAction): void;
  showAbout(): void;
  /** The team server the window shows (File → Connect to team server…), or null: the local app. */
  teamServer?: string | null;
  /** Back to the local app from a team server's page. */
  useLocal?(): void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const label = LABELS[menuLanguage(options.locale)];
  // The renderer handles F1/F8 itself (they work in the web mode too); the menu only shows those
  // keys and acts on clicks, so one key press never triggers the action twice.
  const action = (id: MenuAction, text: string, accelerator?: string, registerAccelerator = true): MenuItemConstructorOptions => ({
    id,
    label: text,
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator }),
    click: () => options.send(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  // On a team server's page there is no bridge to the page: only going back to the local app is offered.
  const teamServer = options.teamServer ?? null;
  const file: MenuItemConstructorOptions = {
    label: label.file,
    submenu: teamServer === null
      ? [
          action('new-issue', label.newIssue, 'CmdOrCtrl+N'),
          separator,
          action('import-glossary', label.importGlossary),
          action('export-glossary', label.exportGlossary),
          separator,
          action('connect-team-server', label.connectTeam),
          separator,
          { id: 'quit', role: 'quit', label: label.quit },
        ]
      : [
          { id: 'team-server', label: teamServer, enabled: false },
          { id: 'use-local', label: label.useLocal, click: () => options.useLocal?.() },
          separator,
          { id: 'quit', role: 'quit', label: label.quit },
        ],
  };
  const edit: MenuItemConstructorOptions = {
    label: label.edit,
    submenu: [
      { id: 'undo', role: 'undo', label: label.undo },
      { id: 'redo', role: 'redo', label: label.redo },
      separator,
      { id: 'cut', role: 'cut', label: label.cut },
      { id: 'copy', role: 'copy', label: label.copy },
      { id: 'paste', role: 'paste', label: label.paste },
      { id: 'select-all', role: 'selectAll', label: label.selectAll },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = options.isDev
    ? [separator, { id: 'reload', role: 'reload', label: label.reload }, { id: 'dev-tools', role: 'toggleDevTools', label: label.devTools }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: label.view,
    submenu: [
      action('show-issues', label.issues, 'CmdOrCtrl+1'),
      action('show-glossary', label.glossary, 'CmdOrCtrl+2'),
      separator,
      action('next-finding', label.nextFinding, 'F8', false),
      action('previous-finding', label.previousFinding, 'Shift+F8', false),
      ...developerItems,
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: label.help,
    submenu: [
      action('show-shortcuts', label.shortcuts, 'F1', false),
      separator,
      { id: 'about', label: label.about, click: () => options.showAbout() },
    ],
  };
  const macAppMenu: MenuItemConstructorOptions[] = options.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...macAppMenu, file, edit, view, help];
}
