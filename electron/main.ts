// The Electron main process: one hardened window showing the built renderer from app://donghyang,
// the service behind one gated IPC channel, native menus, one instance per database.
// Bundled to electron/dist/main.cjs by electron/build.mjs; started by `npm start` (electron/start.mjs).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell, type WebContents } from 'electron';
import { defaultDbPath, repoRoot } from '../glossary/paths.ts';
import { createService, type Service } from '../glossary/service.ts';
import { respondToAppRequest } from './app-protocol.ts';
import { MENU_CHANNEL, type MenuAction } from './bridge.ts';
import { registerServiceIpc } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { isOnTeamServer, rememberTeamServer, rememberedTeamServer, registerTeamServerIpc } from './team/connection.ts';
import { registerPrintToPdf } from './print-pdf.ts';
import { APP_ENTRY_URL, APP_SCHEME, hardenApp, hardenSession, secureWebPreferences } from './security.ts';

const preloadPath = path.join(repoRoot, 'electron', 'dist', 'preload.cjs');
/**
 * Glossary imports and exports run in this worker thread, built next to main.cjs by electron/build.mjs
 * (this file only ever runs as that CommonJS bundle, where __dirname is the bundle's folder).
 */
const glossaryWorkerPath = path.join(typeof __dirname === 'string' ? __dirname : path.join(repoRoot, 'electron', 'dist'), 'glossary-worker.cjs');
// DONGHYANG_RENDERER_DIR serves another build of the renderer (a test's, a development copy).
const rendererDir = process.env.DONGHYANG_RENDERER_DIR || path.join(repoRoot, 'renderer', 'dist');

/**
 * better-sqlite3 for Electron's ABI. node_modules/better-sqlite3 is built for Node's ABI (the tests
 * and the CLI need that), and Electron cannot load it. The launcher (electron/start.mjs) builds
 * a second copy of the package for this Electron version under
 * node_modules/.donghyang-electron/electron-<version>/better-sqlite3 and passes the .node file in
 * DONGHYANG_SQLITE_BINDING; the store hands it to `new Database(path, { nativeBinding })`, so only
 * the native part is swapped and the JS of the package stays the one in node_modules. When the app
 * is started without the launcher (e.g. Playwright's _electron.launch), the same place is looked up here.
 */
function electronSqliteBinding(): string | undefined {
  const fromEnv = process.env.DONGHYANG_SQLITE_BINDING;
  if (fromEnv) return fromEnv;
  const built = path.join(
    repoRoot, 'node_modules', '.donghyang-electron', `electron-${process.versions.electron}`,
    'better-sqlite3', 'build', 'Release', 'better_sqlite3.node',
  );
  return fs.existsSync(built) ? built : undefined;
}

/**
 * One instance per database: the default database uses Electron's user-data folder (the lock and
 * the window state live there); DONGHYANG_DB elsewhere gets its own profile folder, so a test or a
 * second user on another database is not sent to the first window.
 */
function useProfileFor(dbPath: string): void {
  app.setName('Donghyang'); // userData = the folder glossary/paths.ts uses for the default database
  if (path.resolve(dbPath) === path.resolve(defaultDbPath({ ...process.env, DONGHYANG_DB: '' }))) return;
  const key = createHash('sha256').update(path.resolve(dbPath)).digest('hex').slice(0, 16);
  app.setPath('userData', path.join(app.getPath('userData'), 'profiles', key));
}

let mainWindow: BrowserWindow | null = null;
let service: Service | null = null;
/** The team server whose page the window shows (File → Connect to team server…), or null: the local app. */
let teamServer: string | null = null;

function sendMenuAction(action: MenuAction): void {
  mainWindow?.webContents.send(MENU_CHANNEL, action);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: '동향 Donghyang',
    // A team server's page is a web page like any other: no bridge to this app's service or files.
    webPreferences: teamServer === null ? secureWebPreferences(preloadPath) : withoutPreload(secureWebPreferences(preloadPath)),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(teamServer ?? APP_ENTRY_URL);
  return window;
}

function withoutPreload(preferences: Electron.WebPreferences): Electron.WebPreferences {
  const { preload: _none, ...rest } = preferences;
  return rest;
}

function installMenu(): void {
  const template = buildMenuTemplate({
    locale: app.getLocale(),
    isDev: !app.isPackaged,
    platform: process.platform,
    send: sendMenuAction,
    showAbout: () => app.showAboutPanel(),
    teamServer,
    useLocal: () => showTeamServer(null),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Shows a team server's page (remembered for the next start) or, with null, the local app again. */
function showTeamServer(url: string | null): void {
  rememberTeamServer(app.getPath('userData'), url);
  teamServer = url;
  const previous = mainWindow;
  mainWindow = createWindow();
  previous?.close();
  installMenu();
}

function failAndQuit(title: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`${title}: ${detail}`);
  dialog.showErrorBox(title, detail);
  app.exit(1);
}

const startedAt = performance.now();

async function startApp(dbPath: string): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rendererDir, request));
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The user interface is not built (${rendererDir} is missing): run \`npx vite build\` or \`npm start\`.`);
  }
  const binding = electronSqliteBinding();
  if (binding !== undefined) process.env.DONGHYANG_SQLITE_BINDING = binding;
  service = await createService({ dbPath, glossaryWorker: { script: glossaryWorkerPath } });
  registerServiceIpc(ipcMain, service);
  registerPrintToPdf(ipcMain, {
    askWhereToSave: (contents, defaultPath) => {
      const options = { defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const owner = BrowserWindow.fromWebContents(contents as WebContents);
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    defaultFolder: () => app.getPath('documents'),
  });

  registerTeamServerIpc(ipcMain, { userData: () => app.getPath('userData'), open: (url) => showTeamServer(url) });

  app.setAboutPanelOptions({ applicationName: '동향 Donghyang', applicationVersion: app.getVersion() });
  teamServer = rememberedTeamServer(app.getPath('userData'));
  installMenu();
  mainWindow = createWindow();
  // The window first; then, in steps between its requests, what the first article opened would
  // otherwise wait for: the glossary's recognizer, the checks' tables and the packed index the
  // editor takes over (seconds at 100,000 concepts), as the web mode does (serve.ts).
  const warmStart = performance.now();
  const warming = service;
  void warming.warm().then(
    () => console.log(`Donghyang: window opened ${Math.round(warmStart - startedAt)} ms after start; glossary ready ${Math.round(performance.now() - warmStart)} ms later`),
    () => undefined, // closed meanwhile
  );
}

function main(): void {
  const dbPath = defaultDbPath();
  useProfileFor(dbPath);

  // Must happen before `ready`: app:// gets the privileges of a normal secure origin (fetch, storage).
  // No corsEnabled: the page and its module scripts share the one origin, and without it no other
  // origin can read app:// responses.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
  app.enableSandbox();
  hardenApp(app, (url) => shell.openExternal(url), (url) => isOnTeamServer(url, teamServer));

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && service !== null) mainWindow = createWindow();
  });
  app.on('will-quit', () => {
    service?.close();
    service = null;
  });

  app.whenReady().then(
    () => startApp(dbPath).catch((error: unknown) => failAndQuit('Donghyang could not start', error)),
    (error: unknown) => failAndQuit('Donghyang could not start', error),
  );
}

main();
