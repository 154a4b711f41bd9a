// RFC 9457 problem details: the one error shape of every 4xx/5xx answer.
export interface InvalidParam {
  /** JSON pointer into the body (`/absence/firstDayOfAbsence`), or the query/header/path parameter name. */
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  invalidParams?: InvalidParam[];
  /** On 412: the server's current resource. */
  current?: unknown;
  /** On a duplicate-open-case 409: the open case of the same pupil, when the caller may see it. */
  existingCaseId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

export function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** An error that an operation or the HTTP layer throws to answer with a problem. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    detail: string,
    extra: Partial<Omit<Problem, 'status' | 'detail'>> = {},
    headers: Record<string, string> = {},
  ) {
    super(detail);
    this.status = status;
    this.headers = headers;
    this.problem = {
      type: extra.type ?? `https://thuiszitters.nl/problems/${slug(titleFor(status))}`,
      title: extra.title ?? titleFor(status),
      status,
      detail,
      ...(extra.invalidParams ? { invalidParams: extra.invalidParams } : {}),
      ...(extra.current !== undefined ? { current: extra.current } : {}),
      ...(extra.existingCaseId !== undefined ? { existingCaseId: extra.existingCaseId } : {}),
    };
  }
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export const badRequest = (detail: string, invalidParams: InvalidParam[] = []) =>
  new HttpProblem(400, detail, invalidParams.length > 0 ? { invalidParams } : {});
export const notFound = (detail = 'The resource does not exist or is not visible to you.') =>
  new HttpProblem(404, detail);
export const forbidden = (detail: string) => new HttpProblem(403, detail);
export const conflict = (detail: string) => new HttpProblem(409, detail);
