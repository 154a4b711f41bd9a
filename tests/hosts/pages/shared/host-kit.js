// What every host page does, the way an LVS would: ask its own back end for the API base URL and
// for a token of the signed-in user (role and organisation are on <body data-role data-organisation>),
// and hand both to <tz-provider>. Only fetch, properties and setAttribute: fine under a strict CSP.

let configPromise;
/** `{ apiBaseUrl }` from the host's back end. */
export function hostConfig() {
  configPromise ??= fetch('/host-config.json').then((r) => {
    if (!r.ok) throw new Error(`host config: ${r.status}`);
    return r.json();
  });
  return configPromise;
}

/** A getToken function for the provider; the token is kept in memory only. */
export function tokenGetter(role, organisation) {
  let token;
  return async () => {
    token ??= fetch(`/token?role=${encodeURIComponent(role)}&organisation=${encodeURIComponent(organisation)}`).then(async (r) => {
      if (!r.ok) throw new Error(`token: ${r.status}`);
      return (await r.json()).accessToken;
    });
    return token;
  };
}

/** Connects a provider to the API for the user named on <body>. */
export async function connectProvider(provider, user = document.body.dataset) {
  const { apiBaseUrl } = await hostConfig();
  provider.getToken = tokenGetter(user.role, user.organisation);
  provider.setAttribute('base-url', apiBaseUrl);
}

/** A line in the page's own log (the test reads it): what the host saw of the elements. */
export function hostLog(text) {
  const log = document.getElementById('host-log');
  if (!log) return;
  const item = document.createElement('li');
  item.textContent = text;
  log.append(item);
}
