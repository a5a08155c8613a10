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

/** The V8 flags for a process running V8 `v8Version` (process.versions.v8), none where they were not measured. */
export function tieringFlags(v8Version: string = process.versions.v8): string[] {
  const major = Number(v8Version.split('.')[0]);
  if (major === 11) return ['--interrupt-budget=2000000'];
  if (major === 13) return ['--invocation-count-for-turbofan=30000', '--invocation-count-for-maglev=4000'];
  return [];
}
