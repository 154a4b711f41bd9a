import { expect } from '@open-wc/testing';
import { flakyFetch, testApi } from './api.js';

// The browser-test harness itself: a real server behind /v1, real tokens, failure injection.
describe('test API harness', () => {
  it('reaches the real reference server with a role token', async () => {
    const api = await testApi();
    const reasons = await api.client('swv').reference.reasons();
    expect(reasons.items.length).to.equal(15);
    const schools = await api.client('swv').reference.schools();
    expect(schools.items.map((s) => s.brin + s.vestiging)).to.include('12AB00');
  });

  it('injects a dropped connection without faking the server', async () => {
    const api = await testApi();
    const flaky = flakyFetch();
    const client = api.client('swv', { fetch: flaky.fetch });
    flaky.failNext(1);
    let error: unknown;
    try {
      await client.reference.reasons();
    } catch (e) {
      error = e;
    }
    expect((error as { kind?: string })?.kind).to.equal('network');
    const again = await client.reference.reasons();
    expect(again.items.length).to.equal(15);
    expect(flaky.calls.length).to.equal(2);
  });
});
