// One reference-server process for tests that need several (e.g. two processes on one PostgreSQL):
// configured from the environment like `npm start` (DATABASE_URL, RATE_LIMIT_*), no seed, on a
// random port of 127.0.0.1. Prints one JSON line `{ "port": N }` when ready; stops when stdin closes.
import { createApp } from '../../src/app.js';

const server = await createApp({ host: '127.0.0.1', logLevel: 'silent' });
await server.app.listen({ host: '127.0.0.1', port: 0 });
const address = server.app.server.address();
if (!address || typeof address === 'string') throw new Error('no TCP address');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.resume();
