// `npm start`: migrate, seed the demo region (first start only; the seed is idempotent), listen.
import { existsSync } from 'node:fs';
import { createApp } from './app.js';
import type { Database } from './storage/database.js';

async function seedIfPresent(db: Database): Promise<void> {
  if (!existsSync(new URL('./seed/index.ts', import.meta.url)) && !existsSync(new URL('./seed/index.js', import.meta.url))) return;
  const specifier = './seed/index.js';
  const seed = (await import(specifier)) as { seedDemoData?: (db: Database) => Promise<void> };
  await seed.seedDemoData?.(db);
}

const server = await createApp();
await seedIfPresent(server.db);
const { host, port } = server.config;
await server.app.listen({ host, port });
const url = `http://${host}:${port}/`;
const storage = server.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${server.config.dataDir}`;
process.stdout.write(`Thuiszitters reference server on ${url} (API ${url}v1/, ${storage}, ${server.config.mode} mode)\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
