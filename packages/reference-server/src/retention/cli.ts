// `npm run retention -w @thuiszitters/reference-server [-- --retention-months N]`: anonymises
// closed cases past their retention period. Meant for the operator's scheduler (cron, systemd timer).
import { todayInAmsterdam } from '@thuiszitters/domain';
import { loadConfig } from '../config.js';
import { migrate } from '../storage/migrate.js';
import { openDatabase } from '../storage/open.js';
import { anonymiseExpiredCases } from './anonymise.js';

const argument = process.argv.indexOf('--retention-months');
const override = argument >= 0 ? Number(process.argv[argument + 1]) : undefined;
if (override !== undefined && !(Number.isInteger(override) && override > 0)) {
  process.stderr.write('--retention-months needs a positive whole number\n');
  process.exit(2);
}

const config = loadConfig();
const db = await openDatabase(config);
try {
  await migrate(db);
  const result = await anonymiseExpiredCases(db, todayInAmsterdam(), override);
  process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'retention', anonymised: result.anonymised })}\n`);
} finally {
  await db.close();
}
