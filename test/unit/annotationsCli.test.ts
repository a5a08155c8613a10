// The journalist's annotations through the command line (shared/contract/annotations-v1.md): `analyze`
// applies them, `export` writes CSV, a quote sheet and JSON-LD, `import` merges an export back, and the
// round trip export -> delete -> import gives the same analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { body, makeTarget, newAnnotation, serializeAnnotations, workspaceTarget, type Annotation } from '../../src/core/annotations';
import { ROOT } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const A = 'seeds/000_3abe20738362dce4.txt';
const B = 'seeds/003_e2d21aa9f853506f.txt';

function run(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A workspace folder with the seeds and annotations: a corrected speaker, a dismissed claim, a status, a note, a name, an orphan. */
function workspace(): { dir: string; anns: Annotation[] } {
  const dir = mkdtempSync(join(tmpdir(), 'byline-ann-cli-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  const tb = readFileSync(join(dir, B), 'utf8');
  const ta = readFileSync(join(dir, A), 'utf8');
  const at = (path: string, text: string, exact: string): ReturnType<typeof makeTarget> => {
    const s = text.indexOf(exact);
    assert.ok(s >= 0, exact);
    return makeTarget(path, text, s, s + exact.length);
  };
  const anns = [
    newAnnotation({ motivation: 'classifying', target: at(B, tb, '"complete failure"'), body: [body('classifying', 'claim'), body('identifying', 'Maria Zakharova')] }),
    newAnnotation({ motivation: 'classifying', target: at(B, tb, '"nobody wants to see"'), body: [body('classifying', 'not-a-claim')] }),
    newAnnotation({ motivation: 'assessing', target: at(A, ta, '"complete diplomatic failure"'), body: [body('assessing', 'disputed'), body('commenting', 'Her office says "failure", not "diplomatic failure"; check, =SUM(A1)')] }),
    newAnnotation({ motivation: 'commenting', target: at(B, tb, 'Downing Street'), body: [body('commenting', 'venue confirmed')] }),
    newAnnotation({ motivation: 'classifying', target: workspaceTarget('Downing Street'), body: [body('classifying', 'organisation')] }),
    newAnnotation({ motivation: 'commenting', target: { source: B, selector: [{ type: 'TextQuoteSelector', exact: 'words that were edited away long ago' }, { type: 'TextPositionSelector', start: 5, end: 41 }] }, body: [body('commenting', 'orphan')] }),
  ];
  mkdirSync(join(dir, '.byline'));
  writeFileSync(join(dir, '.byline', 'annotations.jsonl'), serializeAnnotations(anns));
  return { dir, anns };
}

interface Out {
  documents: { path: string; quotes: { text: string; speaker: string | null; status?: string; note?: string; annotations?: string[]; added?: boolean }[]; entities: { text: string; type: string; annotations?: string[] }[]; notes?: { text: string; note?: string }[] }[];
  conflicts: { kind: string; message: string }[];
  orphans?: { id: string; source: string; exact: string }[];
}

test('analyze --json applies the annotations of the folder and lists orphans', () => {
  const { dir, anns } = workspace();
  try {
    const r = run(['analyze', '--json', '.'], dir);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as Out;
    const b = out.documents.find((d) => d.path === B)!;
    const a = out.documents.find((d) => d.path === A)!;
    const moscow = b.quotes.find((q) => q.text.includes('"complete failure"'))!;
    assert.equal(moscow.speaker, 'person:maria-zakharova');
    assert.deepEqual(moscow.annotations, [anns[0].id]);
    assert.ok(!b.quotes.some((q) => q.text === '"nobody wants to see"'), 'the dismissed claim is absent');
    const disputed = a.quotes.find((q) => q.text.includes('complete diplomatic failure'))!;
    assert.equal(disputed.status, 'disputed');
    assert.match(disputed.note!, /Her office says/);
    assert.deepEqual(b.notes?.map((n) => [n.text, n.note]), [['Downing Street', 'venue confirmed']]);
    for (const m of [...a.entities, ...b.entities].filter((e) => e.text === 'Downing Street')) assert.equal(m.type, 'ORG');
    assert.deepEqual(out.orphans, [{ id: anns[5].id, source: B, exact: 'words that were edited away long ago' }]);
    // the text report says so too
    const text = run(['analyze', '.'], dir);
    assert.match(text.out, /\{disputed, annotated\}/);
    assert.match(text.out, /ORPHANED ANNOTATIONS/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without an annotations file the output has no orphans field (analysis-v1 unchanged)', () => {
  const r = run(['analyze', '--json', 'seeds'], ROOT);
  assert.equal(r.code, 0, r.err);
  assert.equal('orphans' in JSON.parse(r.out), false);
});

test('a corrupt line is reported with its number; the rest apply; the file is not changed', () => {
  const { dir } = workspace();
  try {
    const file = join(dir, '.byline', 'annotations.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(2, 0, '<<<<<<< HEAD');
    const broken = lines.join('\n');
    writeFileSync(file, broken);
    const r = run(['analyze', '--json', '.'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /annotations\.jsonl:3: a merge conflict marker/);
    const out = JSON.parse(r.out) as Out;
    assert.equal(out.documents.find((d) => d.path === B)!.quotes.find((q) => q.text.includes('"complete failure"'))!.speaker, 'person:maria-zakharova');
    assert.equal(readFileSync(file, 'utf8'), broken, 'the CLI never writes the file');
    // import refuses to write over it
    writeFileSync(join(dir, 'x.jsonl'), serializeAnnotations([newAnnotation({ motivation: 'commenting', target: workspaceTarget('Kyiv'), body: [body('commenting', 'n')] })]));
    const imp = run(['import', 'x.jsonl', '.'], dir);
    assert.equal(imp.code, 1);
    assert.match(imp.err, /line 3/);
    assert.equal(readFileSync(file, 'utf8'), broken);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export csv: a header, one row per claim after annotations, RFC 4180 quoting, formulas neutralised', () => {
  const { dir } = workspace();
  try {
    const r = run(['export', '--format', 'csv', '.'], dir);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\r\n');
    assert.equal(lines[0], 'speaker,claim,kind,status,note,document,line,cue,start,end,added,annotations');
    const json = JSON.parse(run(['analyze', '--json', '.'], dir).out) as Out;
    const claims = json.documents.reduce((n, d) => n + d.quotes.length, 0);
    // quoted fields may hold line breaks; count records by parsing
    const records = parseCsv(r.out);
    assert.equal(records.length - 1, claims);
    const row = records.find((x) => x[1].includes('complete diplomatic failure'))!;
    assert.equal(row[0], 'Maria Zakharova');
    assert.equal(row[3], 'disputed');
    assert.equal(row[4], 'Her office says "failure", not "diplomatic failure"; check, =SUM(A1)');
    assert.equal(row[5], A);
    assert.equal(row[6], '7');
    const moscow = records.find((x) => x[1].includes('"complete failure"'))!;
    assert.equal(moscow[0], 'Maria Zakharova');
    // filters
    const only = parseCsv(run(['export', '--format', 'csv', '--status', 'disputed', '.'], dir).out);
    assert.equal(only.length, 2);
    const bySpeaker = parseCsv(run(['export', '--format', 'csv', '--speaker', 'zakharova', '.'], dir).out);
    assert.ok(bySpeaker.length >= 3 && bySpeaker.slice(1).every((x) => x[0] === 'Maria Zakharova'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export md: a quote sheet by speaker with statuses, notes and citations, document text escaped', () => {
  const { dir } = workspace();
  try {
    const r = run(['export', '--format', 'md', '.'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^<!-- Byline quote sheet: generated[^\n]*-->\n\n# Quote sheet/);
    assert.match(r.out, /## Maria Zakharova \(\d+\)/);
    assert.match(r.out, /\*\*❌ disputed\*\*.*seeds\/000_3abe20738362dce4\.txt, line 7/);
    assert.match(r.out, /> Note: Her office says/);
    assert.match(r.out, /not reviewed/);
    // written into the folder, the sheet is not read as a source: the analysis is unchanged
    const before = run(['analyze', '--json', '.'], dir).out;
    writeFileSync(join(dir, 'seeds', 'quote-sheet.md'), r.out);
    assert.equal(run(['analyze', '--json', '.'], dir).out, before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export jsonld, delete the file, import: the same analysis as before', () => {
  const { dir, anns } = workspace();
  try {
    const before = run(['analyze', '--json', '.'], dir).out;
    const ex = run(['export', '--format', 'jsonld', '--output', 'export.jsonld', '.'], dir);
    assert.equal(ex.code, 0, ex.err);
    const col = JSON.parse(readFileSync(join(dir, 'export.jsonld'), 'utf8'));
    assert.equal(col.type, 'AnnotationCollection');
    assert.equal(col.first.items.length, anns.length);
    rmSync(join(dir, '.byline'), { recursive: true });
    assert.notEqual(run(['analyze', '--json', '.'], dir).out, before);
    const imp = run(['import', 'export.jsonld', '.'], dir);
    assert.equal(imp.code, 0, imp.err);
    assert.match(imp.out, new RegExp(`${anns.length} annotation\\(s\\) added`));
    assert.ok(existsSync(join(dir, '.byline', 'annotations.jsonl')));
    assert.equal(run(['analyze', '--json', '.'], dir).out, before);
    // importing again changes nothing; a later version of one annotation wins
    assert.match(run(['import', 'export.jsonld', '.'], dir).out, /0 annotation\(s\) added, 0 updated/);
    const newer = { ...col.first.items.find((x: { id: string }) => x.id === anns[0].id), modified: '2099-01-01T00:00:00Z', body: [{ type: 'TextualBody', purpose: 'classifying', value: 'not-a-claim' }] };
    writeFileSync(join(dir, 'newer.jsonl'), JSON.stringify(newer) + '\n');
    assert.match(run(['import', 'newer.jsonl', '.'], dir).out, /0 annotation\(s\) added, 1 updated/);
    const after = JSON.parse(run(['analyze', '--json', '.'], dir).out) as Out;
    assert.ok(!after.documents.find((d) => d.path === B)!.quotes.some((q) => q.text.includes('"complete failure"')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A small RFC 4180 reader for the test (quoted fields with commas, quotes and line breaks). */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(f);
      f = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
      i++;
    } else f += c;
  }
  if (f !== '' || row.length) {
    row.push(f);
    rows.push(row);
  }
  return rows;
}
