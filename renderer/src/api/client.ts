// The one DonghyangApi object of the app: Electron's preload bridge when present, else HTTP.
import type { DonghyangApi } from '../../../glossary/api.ts';
import { createHttpClient } from './http-client.ts';
import { takeTokenFromLocation } from './token.ts';

declare global {
  interface Window {
    donghyang?: DonghyangApi;
  }
}

function pickTransport(): DonghyangApi {
  if (window.donghyang) return window.donghyang;
  return createHttpClient(takeTokenFromLocation());
}

export const api: DonghyangApi = pickTransport();
