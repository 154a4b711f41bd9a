// The CORS refusal message every element shows, in Dutch and English, and the console warning
// (once per pair of origins). The refusal itself is detected by the SDK; a real cross-origin page
// is in tests/hosts/connected-hosts.test.ts.
import { expect } from '@open-wc/testing';
import { ThuiszittersError } from '@thuiszitters/sdk';
import { corsRefusalText } from './cors.js';

const refused = (api: string) =>
  new ThuiszittersError('network', 'refused', { cors: { apiOrigin: api, pageOrigin: 'https://lvs.example.nl' } });

describe('corsRefusalText', () => {
  it('names CORS, the API origin and the origin to allow, in nl and en; warns once', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const error = refused('https://api-a.example.nl');
      expect(corsRefusalText(error, 'nl')).to.equal(
        'De API op https://api-a.example.nl staat verzoeken van deze pagina (https://lvs.example.nl) niet toe (CORS). Vraag de beheerder van de API om https://lvs.example.nl toe te voegen aan de toegestane origins.',
      );
      expect(corsRefusalText(error, 'en')).to.equal(
        "The API at https://api-a.example.nl does not allow requests from this page (https://lvs.example.nl) (CORS). Ask the API's administrator to add https://lvs.example.nl to its allowed origins.",
      );
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('CORS').and.contain('https://api-a.example.nl').and.contain('CORS_ORIGINS=https://lvs.example.nl');
    } finally {
      console.warn = original;
    }
  });

  it('says nothing for other errors (elements keep their own texts)', () => {
    expect(corsRefusalText(new ThuiszittersError('network', 'Failed to fetch'), 'nl')).to.equal(undefined);
    expect(corsRefusalText(new ThuiszittersError('http', '500', { status: 500 }), 'en')).to.equal(undefined);
    expect(corsRefusalText(new Error('x'), 'en')).to.equal(undefined);
  });
});
