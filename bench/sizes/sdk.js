// Our SDK with ky, everything it exports (the typed client, errors, helpers).
export * from '../../packages/sdk/dist/index.js';
