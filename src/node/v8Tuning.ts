// V8's tiering for Byline's processes. A run of Byline's CLI (or the editor's analysis process) executes a large
// analyser over many short texts: by default V8 starts optimising a function after little use, and on a run of a
// few hundred articles its optimising compilers then cost about as much CPU as the analysis itself. Letting a
// function run longer in the lower tiers before it is optimised compiles only the code that stays hot. A V8
// setting: the results are the same.
//
// V8's tiering flags change between versions, and a flag V8 does not know is an error (a child process given one
// does not start; v8.setFlagsFromString prints "unrecognized flag"), so the flags are chosen by V8's major version,
// and only for versions where they were measured (CPU time of `byline analyze --json`, 840 real articles and 1,000
// generated ones, loaded 2-core machine):
// - V8 11 (Node 20): --interrupt-budget=2000000: 8.4–9.2 -> 4.5–4.8 s and 6.2–6.8 -> 3.7–4.2 s;
// - V8 13 (Node 24, the editor's in code-server): --invocation-count-for-turbofan=30000 and
//   --invocation-count-for-maglev=4000 (ten times the defaults): 6.5 -> 4.3 s and 5.2 -> 3.6 s.
// Other versions run with V8's defaults.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The V8 flags for a process running V8 `v8Version` (process.versions.v8), none where they were not measured. */
export function tieringFlags(v8Version: string = process.versions.v8): string[] {
  const major = Number(v8Version.split('.')[0]);
  if (major === 11) return ['--interrupt-budget=2000000'];
  if (major === 13) return ['--invocation-count-for-turbofan=30000', '--invocation-count-for-maglev=4000'];
  return [];
}

/**
 * A full garbage collection now, in a process started without --expose-gc: the flag is set at run time and the
 * collector taken from a new context (the main context's globals are left as they are). Returns whether it ran.
 *
 * The command line calls it once, when every document is analysed: the heap's limit for its next collection is
 * set at each collection, and the last one of the analysis left it at about twice what was live, so the links and
 * the checks across sources (which allocate fast, most of it short-lived) grew the heap to that limit before V8
 * collected anything. 10,000 generated articles, idle 2-core machine: the peak fell from 711–799 MB to 583–590 MB,
 * wall time and output unchanged; the collection itself takes about a tenth of a second there.
 */
export function collectGarbage(): boolean {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc !== 'function') return false;
    (gc as () => void)();
    return true;
  } catch {
    return false;
  }
}
