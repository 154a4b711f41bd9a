// `npm run seed -w @thuiszitters/reference-server -- [--scale region|national] [--anchor YYYY-MM-DD]`
// Seeds the database the server would use (DATABASE_URL, else PGlite in DATA_DIR): the demo region
// always, and with --scale a larger made-up dataset beside it (see scale.ts). Safe to run again.
import { parseArgs } from 'node:util';
import { isIsoDate } from '@thuiszitters/domain';
import { createApp } from '../app.js';
import { seedDemoData } from './index.js';
import { SCALES, seedScaled } from './scale.js';

const { values } = parseArgs({ options: { scale: { type: 'string' }, anchor: { type: 'string' } } });
const scale = values.scale === undefined ? undefined : SCALES[values.scale as keyof typeof SCALES];
if (values.scale !== undefined && !scale) {
  process.stderr.write(`--scale must be one of ${Object.keys(SCALES).join(', ')}; got ${values.scale}\n`);
  process.exit(2);
}
const anchorDate = values.anchor ?? new Date().toISOString().slice(0, 10);
if (!isIsoDate(anchorDate)) {
  process.stderr.write(`--anchor must be a date YYYY-MM-DD; got ${anchorDate}\n`);
  process.exit(2);
}

const server = await createApp({ logLevel: 'silent' });
try {
  const started = Date.now();
  const demo = await seedDemoData(server.db, { anchorDate });
  process.stdout.write(demo.inserted ? `Demo region: ${demo.cases} cases, ${demo.events} events.\n` : 'Demo region: already there.\n');
  if (scale) {
    const result = await seedScaled(server.db, scale, {
      anchorDate,
      onRegion: (done, total) => {
        if (done === total || done % 10 === 0) process.stdout.write(`  ${done}/${total} regions\n`);
      },
    });
    process.stdout.write(
      `Scale ${values.scale}: ${result.insertedRegions} of ${result.regions} regions inserted, ${result.cases} cases, ${result.events} events ` +
        `(${((Date.now() - started) / 1000).toFixed(0)} s).\n`,
    );
  }
} finally {
  await server.close();
}
