import { describe, expect, it } from 'vitest';
import { budgetGiven } from '../../src/parallel/jit.js';

describe('parallel/jit budgetGiven', () => {
  it.each([
    [[], '', false],
    [['--max-old-space-size=4096'], '--trace-gc', false],
    [['--interrupt-budget=100000'], '', true],
    [[], '--enable-source-maps --interrupt_budget=5000', true],
    [['--interrupt-budget-for-feedback-allocation=940'], '', false],
  ])('execArgv %j, NODE_OPTIONS %j: %s', (argv, opts, given) => {
    expect(budgetGiven(argv, opts)).toBe(given);
  });
});
