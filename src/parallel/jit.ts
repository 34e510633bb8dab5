// V8 tuning for the parallel path. With one pipeline thread, V8's optimizing compiler (TurboFan) runs
// on background threads that have the other core to themselves; with a pipeline thread on every core
// they compete with the pipeline, and every pipeline thread is its own V8 isolate that compiles the
// same hot functions again. The pipeline's large functions are compiled, deoptimised and compiled again
// while their type feedback settles, so the compiler threads took about a quarter of all the CPU time
// of `ingest --jobs 2` (perf, 1,000 articles). A larger interrupt budget makes a function run longer
// before it is considered for optimisation: fewer, better-informed compilations. Measured in
// docs/performance.md (the `--jobs 2` item). The flag changes when code is optimised, never what it
// computes, so the output is the same.
import { setFlagsFromString } from 'node:v8';

/** The interrupt budget (bytecode size) of the parallel path; V8's default is 67,584 (Node 20). */
export const PARALLEL_INTERRUPT_BUDGET = 400_000;

let applied = false;

/**
 * Raises V8's interrupt budget for this process, once, before the first worker starts; left alone
 * when the user set it (node --interrupt-budget=N, or in NODE_OPTIONS).
 */
export function tuneJitForThreads(): void {
  if (applied) return;
  applied = true;
  if (!budgetGiven(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(`--interrupt-budget=${PARALLEL_INTERRUPT_BUDGET}`);
}

/** True when node's arguments or NODE_OPTIONS set the interrupt budget. */
export function budgetGiven(execArgv: string[], nodeOptions = ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => /^--interrupt[-_]budget(=|$)/.test(a));
}
