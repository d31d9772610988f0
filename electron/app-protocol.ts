// Serves the built renderer (renderer/dist) on app://donghyang/… for protocol.handle, with the CSP
// header. Only GET of files inside the renderer folder; anything else is 404/405, so a crafted URL
// (app://donghyang/..%2f..%2fetc/passwd) can never read outside it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security.ts';
import { contentTypeOf } from './content-types.ts';

/**
 * The file an app:// URL names inside rendererDir, or null when the URL is not ours or would
 * escape the folder. "/" means index.html.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (pathname.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

export interface AppRequest {
  url: string;
  method: string;
}

/** The response protocol.handle gives for one request. */
export async function respondToAppRequest(rendererDir: string, request: AppRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const file = resolveAppFile(rendererDir, request.url);
  if (file === null) return textResponse(404, 'Not found');
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    return textResponse(404, 'Not found');
  }
  const type = contentTypeOf(file);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: securityHeaders({ 'Content-Type': type }),
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders({ 'Content-Type': 'text/plain; charset=utf-8' }) });
}

function securityHeaders(extra: Record<string, string>): Headers {
  return new Headers({
    ...extra,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
}
