// Cross-source consistency: one role held by different people, and the same remark in other words or from
// another speaker. Findings are deterministic and ordered.
import type { Conflict, ConflictLocation, EntityRecord, Quote } from './types';
import type { ResolvedDocument } from './workspace';
import * as lex from './lex';

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

/**
 * The office a role phrase names, when it is a single-holder office of a known organisation or country:
 * "NATO Secretary General" and "NATO chief" -> "nato|head"; "Kremlin spokesman" -> "kremlin|spokesperson".
 */
export function officeOf(role: string): { office: string; label: string } | null {
  // "a spokesman for …", "one adviser": one of several, not an office
  if (/^(a|an|one|another)\s/i.test(role)) return null;
  const words = role.replace(/^(the|his|her|their|its)\s+/i, '').split(/\s+/);
  // the longest organisation or place name (or demonym) at the start: "White House", "NATO", "Ukrainian"
  let holder: string | undefined;
  let holderWord = '';
  let n = 0;
  for (let k = Math.min(4, words.length - 1); k >= 1 && !holder; k--) {
    const w = words.slice(0, k).join(' ');
    const h = lex.orgCanonical(w) ?? lex.placeCanonical(w) ?? (k === 1 ? lex.demonymCountry(w) : undefined);
    if (h) {
      holder = h;
      holderWord = w;
      n = k;
    }
  }
  const rest = words.slice(n);
  if (!holder || rest.length === 0) return null;
  const key = lex.roleKey(rest.join(' '));
  if (!key) return null;
  // the spokesperson of a seat of government ("Kremlin spokesman", "White House spokeswoman") is its press
  // secretary, one person at a time; other organisations have many spokespeople
  const single = lex.isSingleHolderRole(key) || (key === 'spokesperson' && lex.isOrgMetonym(holderWord));
  if (!single) return null;
  return { office: `${holder.toLowerCase()}|${key}`, label: role };
}

function roleConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>): Conflict[] {
  // office -> holder id -> locations
  const offices = new Map<string, { label: string; holders: Map<string, { locs: ConflictLocation[]; labels: Set<string> }> }>();
  for (const d of docs) {
    for (const m of d.analysis.entities) {
      if (!m.role || m.type !== 'PERSON') continue;
      const o = officeOf(m.role.text);
      if (!o) continue;
      let off = offices.get(o.office);
      if (!off) offices.set(o.office, (off = { label: o.label, holders: new Map() }));
      let h = off.holders.get(m.entity);
      if (!h) off.holders.set(m.entity, (h = { locs: [], labels: new Set() }));
      h.locs.push({ path: d.path, start: m.role.start, end: m.end });
      h.labels.add(m.role.text);
    }
  }
  const out: Conflict[] = [];
  for (const [, off] of [...offices.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (off.holders.size < 2) continue;
    const holders = [...off.holders.entries()].sort((a, b) => a[1].locs.length - b[1].locs.length);
    const label = [...holders[holders.length - 1][1].labels].sort((a, b) => b.length - a.length)[0] ?? off.label;
    const parts = holders.map(([id, h]) => {
      const docsOf = [...new Set(h.locs.map((l) => baseName(l.path)))].join(', ');
      return `${records.get(id)?.name ?? id} (${[...h.labels].join(' / ')}; ${docsOf})`;
    });
    out.push({
      kind: 'role',
      message: `${label}: ${parts.slice(0, -1).join(', ')} but ${parts[parts.length - 1]}`,
      locations: holders.flatMap(([, h]) => h.locs),
    });
  }
  return out;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'with', 'that', 'this', 'is', 'are', 'was', 'were', 'be', 'it', 'we', 'i', 'you', 'he', 'she', 'they', 'our', 'his', 'her', 'their', 'its', 'as', 'at', 'by', 'from', 'but', 'not', 'have', 'has', 'had', 'all', 'will', 'would']);

/** The quoted words of a claim (for a mixed claim, the part inside the quotation marks). */
export function quotedPart(q: Quote): string {
  if (q.kind === 'mixed' || (q.kind === 'partial' && !/^["“‘'«„]/.test(q.text))) {
    const m = /["“«„]([^"”»]+)["”»]/.exec(q.text);
    if (m) return m[1];
  }
  return q.text.replace(/^["“‘'«„]|["”’'»]$/g, '');
}

function quoteWords(q: Quote): string[] {
  const inner = quotedPart(q);
  return inner.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
}

function normQuote(words: string[]): string {
  return ` ${words.join(' ')} `;
}

/**
 * Same remark in different words, or given to different speakers, across documents. Identical wordings are
 * pooled first (a story syndicated fifty times is one wording), similar wordings are joined into groups, and
 * each group that disagrees gives one finding listing its wordings and speakers.
 */
function quoteConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>): Conflict[] {
  interface Wording {
    key: string;
    words: string[];
    content: Set<string>;
    uses: { path: string; q: Quote }[];
  }
  const byKey = new Map<string, Wording>();
  for (const d of docs) {
    for (const q of d.analysis.quotes) {
      if (q.kind === 'indirect') continue;
      const words = quoteWords(q);
      const key = normQuote(words);
      let w = byKey.get(key);
      if (!w) {
        const content = new Set(words.filter((x) => !STOP.has(x) && x.length > 2));
        if (content.size < 2) continue;
        byKey.set(key, (w = { key, words, content, uses: [] }));
      }
      w.uses.push({ path: d.path, q });
    }
  }
  const items = [...byKey.values()];
  // union-find over similar wordings, found through an inverted index of content words
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byWord = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const w of it.content) {
      let l = byWord.get(w);
      if (!l) byWord.set(w, (l = []));
      l.push(i);
    }
  });
  for (let i = 0; i < items.length; i++) {
    const shared = new Map<number, number>();
    for (const w of items[i].content) for (const j of byWord.get(w)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      if (n < 2 || n / Math.min(items[i].content.size, items[j].content.size) < 0.75) continue;
      parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Wording[]>();
  items.forEach((it, i) => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(it);
  });
  const speakerName = (id: string | null): string => (id ? records.get(id)?.name ?? id.replace(/^anon:/, '') : 'unknown');
  const out: Conflict[] = [];
  for (const g of groups.values()) {
    const paths = new Set(g.flatMap((w) => w.uses.map((u) => u.path)));
    if (paths.size < 2) continue;
    // wordings that are excerpts of a longer one in the group say the same thing
    const longest = g.reduce((a, b) => (b.words.length > a.words.length ? b : a));
    const reworded = g.some((w) => !longest.key.includes(w.key));
    const speakers = new Set(g.flatMap((w) => w.uses.map((u) => u.q.speaker)).filter((x): x is string => x !== null));
    if (!reworded && speakers.size < 2) continue;
    const uses = g.flatMap((w) => w.uses).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.q.start - b.q.start));
    const what = reworded && speakers.size >= 2 ? 'worded differently and given to different speakers' : reworded ? 'worded differently' : 'given to different speakers';
    const shown = uses.slice(0, 4).map((u) => `${u.q.text} (${speakerName(u.q.speaker)}, ${baseName(u.path)})`);
    out.push({
      kind: 'quote',
      message: `Same remark ${what}: ${shown.join(' vs ')}${uses.length > 4 ? ` and ${uses.length - 4} more` : ''}`,
      locations: uses.map((u) => ({ path: u.path, start: u.q.start, end: u.q.end })),
    });
  }
  return out.sort((a, b) => (a.message < b.message ? -1 : 1));
}

export function findConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>): Conflict[] {
  return [...roleConflicts(docs, records), ...quoteConflicts(docs, records)];
}
