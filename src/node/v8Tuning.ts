// V8's tiering for Byline's processes. A run of Byline's CLI (or the editor's analysis process) executes a large
// analyser over many short texts: by default V8 starts optimising a function after little use, and on a run of a
// few hundred articles its optimising compiler then costs about as much CPU as the analysis itself (840 real
// articles: 8.5–9.2 s of CPU by default, 4.6–4.8 s with this budget; 10,000 articles: no difference beyond the
// noise). A larger interrupt budget lets a function run longer in the baseline tiers before it is optimised, so
// only the code that stays hot is compiled. A V8 setting: the results are the same.

/** The V8 flag, for a child process's execArgv or v8.setFlagsFromString before the analysis code runs. */
export const TIERING_FLAG = '--interrupt-budget=2000000';
