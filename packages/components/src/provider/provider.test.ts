// <tz-provider> against the real test API: requests wait for the token getter, whatever the order
// in which a host sets base-url and getToken, and `no-token` sends them without waiting.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { testApi } from '../test-support/api.js';
import '../provider/define.js';
import type { TzProviderElement } from './provider.element.js';

/** Records every request to the API made through window.fetch (passing it on unchanged). */
function recordFetch(basePath: string) {
  const original = window.fetch;
  const seen: { url: string; authorization: string | null; status?: number }[] = [];
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(basePath)) return original(input, init);
    const entry: (typeof seen)[number] = { url: request.url, authorization: request.headers.get('authorization') };
    seen.push(entry);
    const response = await original(request);
    entry.status = response.status;
    return response;
  };
  return { seen, restore: () => (window.fetch = original) };
}

const ready = (provider: TzProviderElement) =>
  waitUntil(() => provider.referenceData.status === 'ready', `reference data (now ${provider.referenceData.status})`);

describe('<tz-provider> and the token getter', () => {
  it('base-url first, getToken later (the README pattern): every request carries the token', async () => {
    const api = await testApi();
    const recorder = recordFetch(api.baseUrl);
    try {
      const provider = await fixture<TzProviderElement>(html`<tz-provider base-url=${api.baseUrl}></tz-provider>`);
      await provider.updateComplete;
      // The client exists and reference data is on its way, but nothing has gone out yet.
      expect(provider.referenceData.status).to.equal('loading');
      expect(recorder.seen).to.deep.equal([]);
      const token = await api.token('school');
      provider.getToken = () => token;
      await ready(provider);
      expect(recorder.seen.length).to.equal(3);
      for (const request of recorder.seen) {
        expect(request.authorization, request.url).to.equal(`Bearer ${token}`);
        expect(request.status, request.url).to.equal(200);
      }
    } finally {
      recorder.restore();
    }
  });

  it('getToken first, base-url later: the same', async () => {
    const api = await testApi();
    const recorder = recordFetch(api.baseUrl);
    try {
      const token = await api.token('swv');
      const provider = await fixture<TzProviderElement>(html`<tz-provider .getToken=${() => token}></tz-provider>`);
      provider.setAttribute('base-url', api.baseUrl);
      await ready(provider);
      expect(recorder.seen.map((r) => r.authorization)).to.deep.equal([`Bearer ${token}`, `Bearer ${token}`, `Bearer ${token}`]);
    } finally {
      recorder.restore();
    }
  });

  it('no-token: requests go at once, without a token', async () => {
    const api = await testApi();
    const recorder = recordFetch(api.baseUrl);
    try {
      const provider = await fixture<TzProviderElement>(html`<tz-provider base-url=${api.baseUrl} no-token></tz-provider>`);
      await waitUntil(() => provider.referenceData.status === 'error', 'the API refuses requests without a token');
      // The first refusal sets the error; the other requests may still be on their way.
      await waitUntil(() => recorder.seen.every((r) => r.status !== undefined), 'every answer');
      expect(recorder.seen.length).to.be.greaterThan(0);
      expect(recorder.seen.every((r) => r.authorization === null && r.status === 401)).to.equal(true);
    } finally {
      recorder.restore();
    }
  });

  it('a new getter (another user) loads the reference data again with it', async () => {
    const api = await testApi();
    const school = await api.token('school');
    const provider = await fixture<TzProviderElement>(html`<tz-provider base-url=${api.baseUrl} .getToken=${() => school}></tz-provider>`);
    await ready(provider);
    const key = (s: { brin: string; vestiging: string }) => `${s.brin}${s.vestiging}`;
    const schoolsOfSchool = provider.referenceData.schools.map(key);
    // Leerplicht of another municipality sees the schools of its municipality instead.
    const other = await api.token('otherLeerplicht');
    provider.getToken = () => other;
    await waitUntil(
      () => provider.referenceData.status === 'ready' && provider.referenceData.schools.map(key).join() !== schoolsOfSchool.join(),
      'the schools of the new user',
    );
    expect(provider.referenceData.schools.length).to.be.greaterThan(0);
  });
});
