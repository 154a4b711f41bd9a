// Storybook >= 10.3 applies the preview annotations (a11y included) itself; this file only adds
// one rule of ours: a story that logs an error fails, even when it renders.
import { afterEach, beforeEach, expect } from 'vitest';

let errors: string[] = [];
const originalError = console.error;
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError(...args);
  };
});
afterEach(() => {
  console.error = originalError;
  expect(errors, 'console.error during the story').toEqual([]);
});
