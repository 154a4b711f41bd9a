// `npm start`: migrate, seed the demo region (first start only; the seed is idempotent), listen.
import { createApp } from './app.js';
import { seedDemoData } from './seed/index.js';

import { DataDirLockedError } from './storage/data-lock.js';

const server = await createApp().catch((error: unknown) => {
  // A second server on the same folder: say which folder and which process, without a stack trace.
  if (error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
});
const seeded = await seedDemoData(server.db);
const { host, port } = server.config;
await server.app.listen({ host, port });
const url = `http://${host}:${port}/`;
const storage = server.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${server.config.dataDir}`;
process.stdout.write(`Thuiszitters reference server on ${url} (API ${url}v1/, ${storage}, ${server.config.mode} mode)\n`);
if (seeded.inserted) process.stdout.write(`Seeded the demo region: ${seeded.schools} schools, ${seeded.cases} cases.\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
