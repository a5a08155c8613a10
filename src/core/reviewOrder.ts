// Review mode's order: the claims not reviewed yet (no status), visited document by document (path order),
// then by offset, from where the journalist is, wrapping around at either end. Pure: no editor here.

/** A claim's place: the document's key (path or URI) and its span, UTF-16 offsets. */
export interface ClaimPlace {
  path: string;
  start: number;
  end: number;
}

/** Where the journalist is: a document and the selection in it (start = end for a bare cursor). */
export interface ReviewPosition {
  path: string;
  start: number;
  end: number;
}

export type ReviewDirection = 'next' | 'previous';

/** Path, then start, then end; paths in code-unit order (as the Claims view orders them). */
export function compareClaimPlaces(a: ClaimPlace, b: ClaimPlace): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

/**
 * The claim to go to from `from`, among `claims` (every claim: the reviewed ones tell where the cursor is),
 * visiting only those for which `unreviewed` holds.
 * - A selection that is exactly a claim, or a bare cursor strictly inside one (the innermost), stands for that
 *   claim: "next" goes past it, "previous" before it.
 * - Otherwise the position is the selection itself: "next" takes the first claim at or after it (a claim
 *   starting at the cursor is next), "previous" the last one before it.
 * - Past the last claim, "next" wraps around to the first one (and "previous" to the last one); the claim the
 *   journalist is on is returned again only when it is the only one left.
 * - With no position (no document open), "next" starts at the first claim and "previous" at the last.
 * Resolves to undefined when no claim is left to review.
 */
export function nextInReview<T extends ClaimPlace>(
  claims: readonly T[],
  unreviewed: (claim: T) => boolean,
  from: ReviewPosition | undefined,
  direction: ReviewDirection,
): { claim: T; wrapped: boolean } | undefined {
  const todo = claims.filter(unreviewed).sort(compareClaimPlaces);
  if (todo.length === 0) return undefined;
  if (!from) return { claim: direction === 'next' ? todo[0] : todo[todo.length - 1], wrapped: false };
  const current = currentClaim(claims, from);
  // past the claim the journalist is on; else from the start of the selection on
  const after = current ? (c: T) => compareClaimPlaces(c, current) > 0 : (c: T) => comparePoint(c, from) >= 0;
  const before = current ? (c: T) => compareClaimPlaces(c, current) < 0 : (c: T) => comparePoint(c, from) < 0;
  if (direction === 'next') {
    const found = todo.find(after);
    return found ? { claim: found, wrapped: false } : { claim: todo[0], wrapped: true };
  }
  for (let i = todo.length - 1; i >= 0; i--) if (before(todo[i])) return { claim: todo[i], wrapped: false };
  return { claim: todo[todo.length - 1], wrapped: true };
}

/** A claim's start against a position's start: path, then offset. */
function comparePoint(c: ClaimPlace, p: ReviewPosition): number {
  if (c.path !== p.path) return c.path < p.path ? -1 : 1;
  return c.start - p.start;
}

/** The claim the position stands for: the selected claim, or the innermost one around a bare cursor. */
function currentClaim(claims: readonly ClaimPlace[], from: ReviewPosition): ClaimPlace | undefined {
  let best: ClaimPlace | undefined;
  for (const c of claims) {
    if (c.path !== from.path) continue;
    if (from.start !== from.end) {
      if (c.start === from.start && c.end === from.end) return c;
      continue;
    }
    if (c.start < from.start && from.start < c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  return best;
}
