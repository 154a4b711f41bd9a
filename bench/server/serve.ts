// The reference server for the load test, in its own process (so the load generator does not
// share its event loop): PGlite in BENCH_DATA_DIR, or PostgreSQL when DATABASE_URL is set; the
// demo seed; 127.0.0.1, random port; a rate limit far above what the load test sends.
// Prints one JSON line { origin, engine } when it listens.
import { createApp } from '../../packages/reference-server/src/app.ts';
import { seedDemoData } from '../../packages/reference-server/src/seed/index.ts';

const server = await createApp({
  dataDir: process.env.BENCH_DATA_DIR ?? 'memory://',
  databaseUrl: process.env.DATABASE_URL || undefined,
  logLevel: 'silent',
  corsOrigins: [],
  rateLimit: { capacity: 1_000_000_000, refillPerSecond: 1_000_000_000 },
});
await seedDemoData(server.db);
await server.app.listen({ host: '127.0.0.1', port: 0 });
const address = server.app.server.address();
if (!address || typeof address === 'string') throw new Error('no TCP address');
process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${address.port}`, engine: server.engine })}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
