// Dates as day numbers, for comparing datelines.

/** Day number of an ISO date ("2025-03-02"; a bare year or year-month counts from its first day), or null. */
export function dayOf(iso: string | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / 86400000;
}
