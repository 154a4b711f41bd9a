// The domain package (classification rules, taxonomy, labels, dates), everything exported.
export * from '../../packages/domain/dist/index.js';
