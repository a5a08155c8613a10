// Markdown structure: which characters of a markdown file are prose.
// The result is the document text with every non-prose character (markup, code, URLs, HTML, front matter)
// replaced by a space, newlines kept, so every offset in the masked text is the offset in the file.
import { unified } from 'unified';
import remarkParse from 'remark-parse';

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse);

/** Node types whose text is prose to analyse. Everything else (code, inlineCode, html, link URLs) is masked. */
const PROSE_LEAF = new Set(['text']);
/** Inline containers whose children are prose; block containers are walked the same way. */
const SKIP = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference']);

/** Length of a YAML/TOML front-matter block at the start of the file ("---" … "---"), or 0. */
export function frontMatterLength(text: string): number {
  const m = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!m) return 0;
  const fence = m[1];
  const close = new RegExp(`\\r?\\n${fence === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'g');
  close.lastIndex = m[0].length - 1;
  const c = close.exec(text);
  return c ? c.index + c[0].length : 0;
}

/**
 * Characters and line starts that can make markdown structure other than paragraphs of text: emphasis, code,
 * links, HTML, headings, block quotes, lists, tables, thematic breaks, setext underlines, indented code,
 * escapes and character references. Text without any of them parses to paragraphs of plain text only.
 */
const MARKUP = /[`*_[\]<>#|~\\&]|^(?: {4}|\t| {0,3}(?:[-+=]|\d{1,9}[.)]))/m;

/**
 * Returns `text` with everything that is not prose blanked out (same length, same offsets).
 * Prose is the text of paragraphs, headings, list items, block quotes, table cells, link and emphasis text.
 */
export function maskMarkdown(text: string): string {
  // Prose with no markdown syntax at all is its own mask: skip the parser (the common case for notes).
  if (!MARKUP.test(text)) return text;
  const fm = frontMatterLength(text);
  const body = fm > 0 ? text.slice(0, fm).replace(/[^\r\n]/g, ' ') + text.slice(fm) : text;
  const tree = parser.parse(body) as MdNode;
  // Start from all-blank and copy back the prose leaves: cheaper than blanking the markup piecewise.
  const out: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    out[i] = ch === '\n' || ch === '\r' ? ch : ' ';
  }
  const stack: MdNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (SKIP.has(node.type)) continue;
    if (PROSE_LEAF.has(node.type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) for (let i = s; i < e; i++) out[i] = text[i];
      continue;
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  // Hard line breaks inside paragraphs keep their newline; escapes ("\*") keep the escaped char's backslash blanked.
  return out.join('').replace(/\\(?=[!-/:-@[-`{-~])/g, ' ');
}
