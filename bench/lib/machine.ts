// The machine and software a run was measured on.
import os from 'node:os';
import { packageVersion } from './bundle.js';

export const PEERS = ['lit', '@lit-labs/virtualizer', 'ky', '@shoelace-style/shoelace', '@material/web', 'chart.js', 'echarts', 'openapi-fetch', 'autocannon', 'playwright', 'rollup', '@rollup/plugin-terser', 'fastify', '@electric-sql/pglite'];

export function machine(chromiumVersion: string | null) {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    /** 1-minute load average at the start: above the core count, other work competed for the CPU. */
    loadAverageAtStart: os.loadavg()[0],
  };
}

export function versions(): Record<string, string> {
  return Object.fromEntries(PEERS.map((name) => [name, packageVersion(name)]));
}
