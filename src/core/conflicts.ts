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

function quoteWords(q: Quote): string[] {
  const inner = q.text.replace(/^["“‘'«„]|["”’'»]$/g, '');
  return inner.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
}

function normQuote(words: string[]): string {
  return ` ${words.join(' ')} `;
}

/** Same remark in different words, or given to different speakers, across documents. */
function quoteConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>): Conflict[] {
  const items: { path: string; q: Quote; words: string[]; content: Set<string> }[] = [];
  for (const d of docs) {
    for (const q of d.analysis.quotes) {
      if (q.kind === 'indirect') continue;
      const words = quoteWords(q);
      const content = new Set(words.filter((w) => !STOP.has(w) && w.length > 2));
      if (content.size >= 2) items.push({ path: d.path, q, words, content });
    }
  }
  const speakerName = (id: string | null): string => (id ? records.get(id)?.name ?? id.replace(/^anon:/, '') : 'unknown');
  // candidate pairs share at least two content words: count shared words through an inverted index
  const byWord = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const w of it.content) {
      let l = byWord.get(w);
      if (!l) byWord.set(w, (l = []));
      l.push(i);
    }
  });
  const out: Conflict[] = [];
  for (let i = 0; i < items.length; i++) {
    const shared = new Map<number, number>();
    for (const w of items[i].content) for (const j of byWord.get(w)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of [...shared.entries()].sort((a, b) => a[0] - b[0])) {
      if (n < 2) continue;
      const x = items[i];
      const y = items[j];
      if (x.path === y.path) continue;
      const [small, big] = x.content.size <= y.content.size ? [x, y] : [y, x];
      if (n / small.content.size < 0.75) continue;
      const verbatim = normQuote(big.words).includes(normQuote(small.words));
      const sameSpeaker = x.q.speaker !== null && x.q.speaker === y.q.speaker;
      if (verbatim && (sameSpeaker || x.q.speaker === null || y.q.speaker === null)) continue;
      const what = !verbatim && !sameSpeaker ? 'worded differently and given to different speakers' : !verbatim ? 'worded differently' : 'given to different speakers';
      out.push({
        kind: 'quote',
        message: `Same remark ${what}: ${x.q.text} (${speakerName(x.q.speaker)}, ${baseName(x.path)}) vs ${y.q.text} (${speakerName(y.q.speaker)}, ${baseName(y.path)})`,
        locations: [
          { path: x.path, start: x.q.start, end: x.q.end },
          { path: y.path, start: y.q.start, end: y.q.end },
        ],
      });
    }
  }
  return out;
}

export function findConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>): Conflict[] {
  return [...roleConflicts(docs, records), ...quoteConflicts(docs, records)];
}
