// The server's answer that it publishes a period or filter to this caller in whole school years
// only (its disclosure control), and what the chart tells the user about it.
const PUBLICATION_PROBLEM = 'https://thuiszitters.nl/problems/publication-period';

export function publicationProblem(error: unknown): { invalidParams?: { name: string }[] } | null {
  const problem = (error as { problem?: { type?: string; invalidParams?: { name: string }[] } } | undefined)?.problem;
  return problem?.type === PUBLICATION_PROBLEM ? problem : null;
}

/** The server refused the school filter: too few pupils to publish about one school. */
export function schoolTooSmall(error: unknown): boolean {
  return Boolean(publicationProblem(error)?.invalidParams?.some((p) => p.name === 'school'));
}
