// The MSW answers every story shares, written once: reference data, the statistics (echoing the
// asked periods, as the server would), problem+json answers, and requests that never answer
// (the loading state). Built on openapi/examples, so the stories show the contract's payloads.
import { http, HttpResponse, delay, type JsonBodyType } from 'msw';
import headlineStatistics from '../../openapi/examples/headline-statistics.json';
import reasonStatistics from '../../openapi/examples/reason-statistics.json';
import schoolStatistics from '../../openapi/examples/school-statistics.json';
import reasonList from '../../openapi/examples/reason-list.json';
import schoolList from '../../openapi/examples/school-list.json';
import definitionProfile from '../../openapi/examples/definition-profile.json';

/** What `<tz-provider>` loads: the reasons, the schools and the definition profile. */
export const referenceHandlers = [
  http.get('*/v1/reasons', () => HttpResponse.json(reasonList)),
  http.get('*/v1/schools', () => HttpResponse.json(schoolList)),
  http.get('*/v1/definition-profile', () => HttpResponse.json(definitionProfile)),
];

/** An RFC 9457 answer with the problem's own status; `extra` adds members (e.g. `current` of a 412). */
export function problem(body: { status: number }, extra: object = {}, headers: Record<string, string> = {}) {
  return HttpResponse.json({ ...body, ...extra }, { status: body.status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}

/** The periods, school and scope a statistics request asked for, to echo into the example answer. */
export function periodsOf(request: Request) {
  const p = new URL(request.url).searchParams;
  return {
    period: { from: p.get('from') ?? '', to: p.get('to') ?? '' },
    comparisonPeriod: { from: p.get('compareFrom') ?? '', to: p.get('compareTo') ?? '' },
    school: p.get('school'),
    reasonScope: p.get('reasonScope') ?? 'primary',
  };
}

/** Headline, reason and per-school statistics for whatever period is asked. */
export const statisticsHandlers = [
  http.get('*/v1/statistics/headline', ({ request }) => {
    const { period, comparisonPeriod, school } = periodsOf(request);
    return HttpResponse.json({ ...headlineStatistics, period, comparisonPeriod, school });
  }),
  http.get('*/v1/statistics/reasons', ({ request }) => HttpResponse.json({ ...reasonStatistics, ...periodsOf(request) })),
  http.get('*/v1/statistics/schools', ({ request }) => {
    const { period, comparisonPeriod } = periodsOf(request);
    return HttpResponse.json({ ...schoolStatistics, period, comparisonPeriod });
  }),
];

/** GET requests to `path` that never answer: the element stays in its loading state. */
export function neverAnswering(path: string, body: JsonBodyType = {}) {
  return http.get(path, async () => {
    await delay('infinite');
    return HttpResponse.json(body);
  });
}

/** GET requests to `path` answered with a problem. */
export function failing(path: string, body: { status: number }, headers: Record<string, string> = {}) {
  return http.get(path, () => problem(body, {}, headers));
}
