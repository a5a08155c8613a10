// Lines of a page that are not the article's prose: promotion ("READ MORE: …", "WATCH: …"), advertising
// markers ("Story continues below advertisement"), photo captions and credits, bylines. Names in them are
// still names; claims are not read from them.

const PROMO = /^(?:read more|more|watch|listen|related|see also|also read|read also|sign up|subscribe|recommended|trending|latest|more coverage|click here|follow us)\b\s*[:|–—-]/i;
const AD = /^(?:story continues below(?: advertisement)?|advertisement|article continues below|continue reading below|sponsored(?: content)?)\.?$/i;
const CREDIT = /^(?:photo|photograph|image|picture|credit|video|file photo|caption)s?\s*(?:by)?\s*[:|–—-]|\((?:photo|photograph|image|picture|credit|file)[^)]*\)\s*\.?$|\b(?:getty images|ap photo|reuters|afp|canadian press|pa media|shutterstock)\s*\)?\s*\.?$/i;
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|van|de|der|la|le|di|da))*(?:\s*(?:,|and|&)\s*.*)?$/u;

/** The [start, end) ranges of boilerplate lines in a text (UTF-16 offsets). */
export function boilerplateRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== '' && line.length <= 300 && (PROMO.test(line) || AD.test(line) || CREDIT.test(line) || (line.length <= 120 && BYLINE.test(line)))) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/** Whether [start, end) lies within one of the ranges. */
export function insideRanges(ranges: readonly [number, number][], start: number, end: number): boolean {
  for (const [a, b] of ranges) if (start >= a && end <= b) return true;
  return false;
}
