// Entry of the editor's check worker (checkWorkerHandler.ts does the work).
import type { FromWorker, ToWorker } from './checkWorkerProtocol.ts';
import { createCheckWorkerHandler } from './checkWorkerHandler.ts';

const handle = createCheckWorkerHandler((message: FromWorker) => self.postMessage(message));
self.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
