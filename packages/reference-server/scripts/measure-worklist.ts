// Measures the worklist of the demo region: open cases, each signal, and the time of a first page
// of "needs attention". Run: npx tsx packages/reference-server/scripts/measure-worklist.ts [count]
import { createApp } from '../src/app.js';
import { seedDemoData } from '../src/seed/index.js';

const app = await createApp({ dataDir: 'memory://', logLevel: 'silent', rateLimit: { capacity: 1e9, refillPerSecond: 1e9 } });
await seedDemoData(app.db, process.argv[2] ? { cases: Number(process.argv[2]) } : {});
const token = (await app.app.inject({ method: 'POST', url: '/dev/token', payload: { role: 'swv', organisation: 'VO2801' } })).json().accessToken;
const get = async (url: string) => {
  const started = performance.now();
  const response = await app.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  return { ms: Math.round(performance.now() - started), body: response.json() as { total: number } };
};
const rows: Record<string, string> = {};
for (const [name, query] of Object.entries({
  open: 'status=open',
  openWithoutLeadHolder: 'status=open&hasLead=false',
  normExceeded: 'status=open&signal=normExceeded',
  normAlmostOut: 'status=open&signal=normAlmostOut',
  noLeadHolder: 'status=open&signal=noLeadHolder',
  noActivity: 'status=open&signal=noActivity',
  actionOverdue: 'status=open&signal=actionOverdue',
  duplicateOpenCase: 'status=open&signal=duplicateOpenCase',
  needsAttention: 'status=open&signal=noLeadHolder&signal=normAlmostOut&signal=normExceeded&signal=noActivity&signal=actionOverdue&signal=duplicateOpenCase&sort=normDeadline',
  all: 'limit=25',
  allByActivity: 'sort=lastActivity&limit=25',
})) {
  const { ms, body } = await get(`/v1/cases?${query}`);
  rows[name] = `${body.total} (${ms} ms)`;
}
console.log(JSON.stringify(rows, null, 1));
await app.close();
