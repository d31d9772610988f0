// Closing a web server (web mode or team mode) once, however often it is asked: stop listening,
// end the open sockets and keep-alive connections, then close the service's database.
import type http from 'node:http';

export function closeOnce(server: http.Server, closeSockets: () => void, service: { close(): void }, before: () => void = () => undefined): () => Promise<void> {
  let closed: Promise<void> | undefined;
  return () => {
    closed ??= new Promise<void>((resolve) => {
      before();
      server.close(() => {
        service.close();
        resolve();
      });
      closeSockets();
      server.closeAllConnections();
    });
    return closed;
  };
}
