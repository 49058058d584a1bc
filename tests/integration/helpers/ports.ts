import net from 'node:net';

/**
 * A port nobody listens on now (the system picks it). The stages of `npm test` run side by side,
 * so a port drawn at random could already be taken by another stage's instance.
 */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
