// Command-line options of the form `--name value` or `--name=value`, flags (`--json`), and the other arguments:
// one parser for the CLI's analysis commands (src/cli.ts) and its database commands (src/node/archive/commands.ts).

export interface ParsedOptions {
  opts: Map<string, string>;
  flags: Set<string>;
  rest: string[];
  error?: string;
}

/** `valued`: options that take a value; `flags`: options that take none. Anything else starting with `--` is an error. */
export function parseOptions(args: string[], valued: string[], flags: string[] = []): ParsedOptions {
  const opts = new Map<string, string>();
  const set = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      rest.push(a);
      continue;
    }
    if (flags.includes(m[1]) && m[2] === undefined) {
      set.add(m[1]);
      continue;
    }
    if (!valued.includes(m[1])) return { opts, flags: set, rest, error: `unknown option '${a}'` };
    const v = m[2] ?? args[++i];
    if (v === undefined) return { opts, flags: set, rest, error: `option '--${m[1]}' needs a value` };
    opts.set(m[1], v);
  }
  return { opts, flags: set, rest };
}
