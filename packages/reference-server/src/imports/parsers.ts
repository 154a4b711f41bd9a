// Request bodies of importCases: CSV as text, XLSX as bytes (only that operation accepts them;
// elsewhere validation answers 415 for these media types).
import type { FastifyInstance } from 'fastify';
import { XLSX_MEDIA_TYPE } from './read.js';

/** Largest spreadsheet accepted (bytes); the JSON operations keep BODY_LIMIT. */
export const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

export function registerImportParsers(app: FastifyInstance): void {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
  app.addContentTypeParser(XLSX_MEDIA_TYPE, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
}
