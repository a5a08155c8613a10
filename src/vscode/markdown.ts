// Helpers for putting untrusted document text into MarkdownStrings safely.
// Every piece of text that comes from a document (names, roles, quotes, paths, snippets)
// must pass through escapeMarkdown before it is appended as markdown.
import * as vscode from 'vscode';

/** Characters that can start inline markdown anywhere in a line: code, emphasis, links, HTML, entities, tables. */
const INLINE_SPECIAL = /[\\`*_[\]()<>&|~#]/g;

/** Control characters (other than tab) and bidirectional overrides, which could disguise text. */
const INVISIBLE = new RegExp(
  '[' + String.fromCharCode(0) + '-' + String.fromCharCode(8) + String.fromCharCode(11, 12) +
    String.fromCharCode(14) + '-' + String.fromCharCode(31) + String.fromCharCode(127) + '\u202a-\u202e\u2066-\u2069]',
  'g',
);

/**
 * Escapes untrusted text so that it renders literally when appended inline with appendMarkdown:
 * no emphasis, code, links, images, autolinks (URLs, www., e-mail), HTML, entities, headings, lists
 * or quotes. Line breaks are collapsed to spaces; control and bidirectional-override characters are dropped.
 * Punctuation that is harmless inline (. , : / - " ' …) is left alone so the text stays readable.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(INVISIBLE, '')
      .replace(INLINE_SPECIAL, '\\$&')
      // GFM autolinks: scheme://, www., e-mail addresses.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
      // Block constructs, should the text ever start a line: lists, headings, quotes, rules.
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/** A link destination for a URI, with characters that could end or break the link percent-encoded. */
export function markdownLinkTarget(uri: vscode.Uri): string {
  return uri
    .toString()
    .replace(/[\s()<>[\]\\"'`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** An untrusted MarkdownString: no command links, no HTML, no theme icons. */
export function untrustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

/** Collapses whitespace runs to single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` characters (plus an ellipsis), cutting at a word boundary when possible. */
export function truncate(text: string, max: number): string {
  const t = collapseWhitespace(text);
  if (t.length <= max) return t;
  let cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  // Do not split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + '…';
}

/** Plain-text context around [start, end) in `text`: `before`, the span, `after`, each whitespace-collapsed. */
export function contextAround(text: string, start: number, end: number, radius = 50): { before: string; match: string; after: string } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));

  // Before: up to `radius` characters, not crossing a blank line, not starting mid-word.
  let from = Math.max(0, s - radius);
  let cutBefore = from > 0;
  const head = text.slice(from, s);
  const blank = /\n[ \t]*\r?\n/g;
  let m: RegExpExecArray | null;
  let paraStart = -1;
  while ((m = blank.exec(head))) paraStart = m.index + m[0].length;
  if (paraStart !== -1) {
    from += paraStart;
    cutBefore = false;
  } else if (cutBefore) {
    const ws = head.search(/\s/);
    if (ws !== -1) from += ws + 1;
  }

  // After: the same, forwards.
  let to = Math.min(text.length, e + radius);
  let cutAfter = to < text.length;
  const tail = text.slice(e, to);
  const para = /\r?\n[ \t]*\r?\n/.exec(tail);
  if (para) {
    to = e + para.index;
    cutAfter = false;
  } else if (cutAfter) {
    const ws = tail.search(/\s\S*$/);
    if (ws > 0) to = e + ws;
  }

  // Collapse whitespace but keep a single space at the boundaries with the match.
  const before = (cutBefore ? '…' : '') + text.slice(from, s).replace(/\s+/g, ' ').trimStart();
  const after = text.slice(e, to).replace(/\s+/g, ' ').trimEnd() + (cutAfter ? '…' : '');
  return { before, match: collapseWhitespace(text.slice(s, e)), after };
}
