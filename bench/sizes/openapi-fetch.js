// openapi-fetch: the typed fetch wrapper for OpenAPI (types cost nothing at run time).
export { default as createClient } from 'openapi-fetch';
