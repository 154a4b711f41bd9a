// The element tests, with the HTML and CSS of every Lit template in the element sources minified
// the way the build ships them (@lit-labs/rollup-plugin-minify-html-literals in rollup.config.mjs).
// The normal test run serves the sources as written; this one shows that the minification does
// not change behaviour, accessibility or text:
//   npx web-test-runner --config packages/components/scripts/wtr-minified-templates.config.mjs
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import config from '../../../web-test-runner.config.mjs';
import { minifyTemplateOptions } from './bundle-plugins.mjs';

const shippedSource = /^\/packages\/components\/src\/(?!test-support\/).*(?<!\.test)\.ts$/;
const minified = new Set();

export default {
  ...config,
  plugins: [
    ...config.plugins,
    {
      name: 'tz-minify-template-literals',
      async transform(context) {
        if (!shippedSource.test(context.path)) return undefined;
        const result = await minifyHTMLLiterals(context.body, { ...structuredClone(minifyTemplateOptions), fileName: context.path });
        if (!result) return undefined;
        minified.add(context.path);
        return { body: result.code };
      },
      // Proof that the run did test minified templates (a wrong path pattern would silently test nothing new).
      serverStop() {
        console.log(`[tz-minify-template-literals] ${minified.size} source files served with minified templates`);
      },
    },
  ],
};
