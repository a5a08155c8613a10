// Names as they are compared: accents, case and punctuation dropped ("Zelenskyy's" ~ "zelenskyy s").

const cache = new Map<string, string>();

/** A name for comparing (memoised: linking and speaker resolution ask it of every cluster and record). */
export function normName(s: string): string {
  let n = cache.get(s);
  if (n === undefined) {
    if (cache.size > 500_000) cache.clear();
    n = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    cache.set(s, n);
  }
  return n;
}
