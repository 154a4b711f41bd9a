// `npm run backup -w @thuiszitters/reference-server -- <file.tar.gz>` and
// `npm run restore -w @thuiszitters/reference-server -- <file.tar.gz> <new folder>`:
// PGlite only (PostgreSQL: pg_dump / pg_restore, see the README). Stop the server first.
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { backupPglite, restorePglite } from './backup.js';

// npm runs scripts in the package folder; paths are meant from where the operator typed them.
const here = (path: string | undefined) => (path ? resolve(process.env.INIT_CWD ?? process.cwd(), path) : undefined);
const [command, file, folder] = [process.argv[2], here(process.argv[3]), here(process.argv[4])];
const config = loadConfig();
try {
  if (config.databaseUrl) throw new Error('DATABASE_URL is set: back up PostgreSQL with pg_dump (see the README).');
  if (command === 'backup' && file) {
    const { bytes } = await backupPglite(config.dataDir, file);
    process.stdout.write(`Backed up ${config.dataDir} to ${file} (${bytes} bytes).\n`);
  } else if (command === 'restore' && file && folder) {
    await restorePglite(file, folder);
    process.stdout.write(`Restored ${file} into ${folder}; start the server with DATA_DIR=${folder}.\n`);
  } else {
    throw new Error('usage: backup <file.tar.gz> | restore <file.tar.gz> <new folder>');
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
