// Serves the built renderer (renderer/dist). No token: these files hold no data. Paths are resolved
// inside the root only, so "/../" tricks cannot read other files.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './serve-headers.ts';
import { contentTypeOf } from './content-types.ts';

/** Maps a URL path to a file under root, or undefined when it escapes root or does not exist. */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, relative);
  if (file !== absoluteRoot && !file.startsWith(absoluteRoot + path.sep)) return undefined;
  try {
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export function serveStatic(root: string, urlPath: string, method: string, res: ServerResponse): void {
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('method not allowed');
    return;
  }
  const file = resolveStaticFile(root, urlPath);
  if (!file) {
    const indexMissing = !resolveStaticFile(root, '/');
    res.writeHead(indexMissing ? 503 : 404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(indexMissing ? `the renderer is not built (${root}): run npm run build` : 'not found');
    return;
  }
  const type = contentTypeOf(file);
  // Hashed assets can be cached; index.html must not be, so a rebuild is picked up on reload.
  const cache = urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}
