// The one DonghyangApi object of the app: Electron's preload bridge when present, else the web
// mode's WebSocket (with HTTP when it cannot open, and for saves).
import type { DonghyangApi } from '../../../glossary/api.ts';
import { createHttpClient } from './http-client.ts';
import { createSocketClient, socketUrl } from './socket-client.ts';
import { takeTokenFromLocation } from './token.ts';

declare global {
  interface Window {
    donghyang?: DonghyangApi;
  }
}

function pickTransport(): DonghyangApi {
  if (window.donghyang) return window.donghyang;
  const token = takeTokenFromLocation();
  const http = createHttpClient(token);
  // Without a token (team mode) the session cookie goes with the socket's upgrade request.
  if (typeof WebSocket === 'undefined') return http;
  return createSocketClient({ url: socketUrl(window.location), token: token ?? '', http, connect: (url, protocols) => new WebSocket(url, protocols) });
}

export const api: DonghyangApi = pickTransport();
