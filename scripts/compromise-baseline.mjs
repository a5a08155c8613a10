// A day's-work analyzer built on the compromise NLP library, the baseline issue 16 measures Byline against
// ("4 MB of real news, whole process, >= 30 times the compromise baseline"): for every .txt/.md file of a folder
// it finds people, organisations, places, quotations and figures with compromise's own methods and writes them as
// JSON, as `byline analyze --json` does (nothing cross-document). compromise is not a dependency of Byline: install
// it outside the project and point NODE_PATH at it, e.g.
//   mkdir /tmp/cmp && (cd /tmp/cmp && npm i compromise@14) && NODE_PATH=/tmp/cmp/node_modules node scripts/compromise-baseline.mjs FOLDER > out.json
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
let nlp;
try {
  nlp = require('compromise');
} catch {
  console.error('compromise is not installed: install it outside the project and set NODE_PATH (see the top of this file)');
  process.exit(2);
}
const dir = process.argv[2];
if (!dir) {
  console.error('Usage: NODE_PATH=… node scripts/compromise-baseline.mjs FOLDER > out.json');
  process.exit(2);
}
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md)$/i.test(name)) files.push(p);
  }
};
walk(dir);
const spans = (view, type) => view.json({ offset: true, text: true }).map((m) => ({ start: m.offset?.start, end: (m.offset?.start ?? 0) + (m.offset?.length ?? 0), text: m.text, type }));
process.stdout.write('{"version":1,"documents":[');
files.forEach((path, i) => {
  const doc = nlp(readFileSync(path, 'utf8'));
  const entities = [...spans(doc.people(), 'PERSON'), ...spans(doc.organizations(), 'ORG'), ...spans(doc.places(), 'PLACE')];
  const out = { path, entities, quotes: spans(doc.quotations(), 'quote'), figures: spans(doc.numbers(), 'figure') };
  process.stdout.write((i ? ',' : '') + JSON.stringify(out));
});
process.stdout.write(']}\n');
