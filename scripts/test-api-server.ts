// A real reference server for browser tests: in-memory PGlite with the demo seed, on a random
// port of 127.0.0.1. Prints one JSON line `{ "port": N }` when ready; stops when stdin closes.
import { createApp } from '../packages/reference-server/src/app.ts';
import { seedDemoData } from '../packages/reference-server/src/seed/index.ts';

const server = await createApp({
  dataDir: 'memory://',
  databaseUrl: undefined,
  logLevel: 'silent',
  corsOrigins: [],
  // Browser tests send many requests from one origin in a short time.
  rateLimit: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
});
await seedDemoData(server.db);
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
process.on('SIGTERM', stop);
