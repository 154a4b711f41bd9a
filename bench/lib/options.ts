// Command-line flags of `npm run bench`.
export interface BenchOptions {
  /** Smoke run: fewer runs and iterations, 1 s per server endpoint. Figures are not comparable. */
  quick: boolean;
  /** Runs per comparison (at least 7 for a real run). */
  runs: number;
  /** Sections to run (all when not given): sizes, chart, timeline, bigcase, form, sdk, server, scale. */
  only: ReadonlySet<SectionName>;
}

export const SECTIONS = ['sizes', 'chart', 'timeline', 'caselist', 'bigcase', 'form', 'sdk', 'server', 'scale'] as const;
export type SectionName = (typeof SECTIONS)[number];

export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Number(value('runs') ?? (quick ? 3 : 7));
  const onlyList = (value('only') ?? SECTIONS.join(',')).split(',').map((s) => s.trim());
  for (const name of onlyList) {
    if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`--only: unknown section "${name}" (known: ${SECTIONS.join(', ')})`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  return { quick, runs, only: new Set(onlyList as SectionName[]) };
}
