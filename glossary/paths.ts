// Where the app keeps its data. The CLI, the web mode and the Electron host agree on one default
// database: the folder Electron uses as app.getPath('userData') for an app named "Donghyang".
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Donghyang';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

/** DONGHYANG_DB when set, else donghyang.db in the user-data folder. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DONGHYANG_DB || path.join(userDataDir(env), 'donghyang.db');
}

/** The repository root (resources/, renderer/dist …), from this file's location. */
export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
