// Storybook >= 10.3 applies the preview annotations (a11y included) itself; this file only adds
// one rule of ours: a story that logs an error fails, even when it renders.
import { afterEach, beforeEach, expect } from 'vitest';
import { configure } from 'storybook/test';

// `waitFor` in play functions waits for a state; its time limit is a hang guard, not a speed check.
// Testing Library's 1 s default failed "Figures Loading" on a 2-core machine under stress-ng.
configure({ asyncUtilTimeout: 15_000 });

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
