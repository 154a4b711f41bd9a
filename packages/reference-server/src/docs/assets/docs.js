// Starts Swagger UI on the contract this server implements. A file of its own (not an inline
// script), so the page runs under a CSP without 'unsafe-inline'. validatorUrl: null keeps Swagger
// UI from sending the spec to validator.swagger.io: the page talks to this origin only.
/* global SwaggerUIBundle */
window.ui = SwaggerUIBundle({
  url: '/v1/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
  displayRequestDuration: true,
  persistAuthorization: false,
});
