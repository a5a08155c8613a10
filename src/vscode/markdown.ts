// Helpers for putting untrusted document text into MarkdownStrings safely.
// Every piece of text that comes from a document (names, roles, quotes, paths, snippets)
// must pass through escapeMarkdown before it is appended as markdown.
import * as vscode from 'vscode';

/** Every ASCII punctuation character may be backslash-escaped in CommonMark; we escape them all. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&$"'=:;,/?@%^]/g;

/**
 * Escapes text so that it renders literally: no emphasis, links, autolinks, HTML, entities, headings,
 * lists or code. Line breaks are collapsed to spaces, since callers use it inline.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(MARKDOWN_SPECIAL, '\\$&');
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
  let from = Math.max(0, s - radius);
  let to = Math.min(text.length, e + radius);
  // Stay within the paragraph: stop at blank lines.
  const para = text.lastIndexOf('\n\n', s);
  if (para >= from) from = para + 2;
  const paraEnd = text.indexOf('\n\n', e);
  if (paraEnd !== -1 && paraEnd < to) to = paraEnd;
  // Do not start or end mid-word when there is room to trim.
  if (from > 0) {
    const sp = text.slice(from, s).search(/\s/);
    if (sp !== -1) from += sp + 1;
  }
  if (to < text.length) {
    const tail = text.slice(e, to);
    const sp = tail.search(/\s\S*$/);
    if (sp > 0) to = e + sp;
  }
  // Collapse whitespace but keep a single space at the boundaries with the match.
  const before = (from > 0 ? '…' : '') + text.slice(from, s).replace(/\s+/g, ' ').trimStart();
  const after = text.slice(e, to).replace(/\s+/g, ' ').trimEnd() + (to < text.length ? '…' : '');
  return { before, match: collapseWhitespace(text.slice(s, e)), after };
}
