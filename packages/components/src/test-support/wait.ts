// Waiting for a state in browser tests. @open-wc's waitUntil gives up after 1 s by default, which
// is a speed check in disguise: on a busy 2-core machine a render or a request to the test API can
// take longer. Here the limit is a hang guard; a test that needs a tighter one passes its own.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const waitUntil: typeof openWcWaitUntil = (predicate, message, options = {}) =>
  openWcWaitUntil(predicate, message, { interval: 50, timeout: 20_000, ...options });
