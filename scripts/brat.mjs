// PolNeAR's annotations are brat standoff files: text-bound annotations ("T12<TAB>Cue 10 15;20 25<TAB>…") and
// attribution events ("E3<TAB>Attribution:T12 Source:T13 Content:T14"). Shared by polnear-eval.mjs and
// train-attrib.mjs.

/** The spans by id ({ type, parts: [[start, end], …] }) and the events (role -> ids) of one .ann file. */
export function parseAnn(src) {
  const spans = new Map();
  const events = [];
  for (const line of src.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (t) {
      spans.set(t[1], { type: t[2], parts: t[3].split(';').map((p) => p.trim().split(/\s+/).map(Number)) });
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e) {
      const roles = {};
      for (const kv of e[2].trim().split(/\s+/)) {
        const [k, v] = kv.split(':');
        if (k && v) (roles[k] ??= []).push(v);
      }
      events.push(roles);
    }
  }
  return { spans, events };
}
