// The ONLY place where the core's spans (UTF-16 code-unit offsets into a document's text)
// become vscode Positions and Ranges, and back. Everything else in src/vscode goes through here.
import * as vscode from 'vscode';

/** Anything with a start/end offset pair: a core Span, EntityMention, Quote, Figure, ConflictLocation… */
export interface OffsetSpan {
  start: number;
  end: number;
}

/** The range of `span` in an open document (whose text must be the text the span was computed from). */
export function toRange(doc: vscode.TextDocument, span: OffsetSpan): vscode.Range {
  const start = doc.positionAt(span.start);
  const end = span.end > span.start ? doc.positionAt(span.end) : start;
  return new vscode.Range(start, end);
}

/** The UTF-16 offset of a position in an open document. */
export function toOffset(doc: vscode.TextDocument, position: vscode.Position): number {
  return doc.offsetAt(position);
}

/** Zero-based line/character, the shape of vscode.Position without needing an open document. */
export interface LineCharacter {
  line: number;
  character: number;
}

/**
 * Offset→line/character conversion for text that is not (necessarily) open in an editor,
 * e.g. a workspace file read from disk. Line breaks are CRLF, LF or CR, as in VS Code's text model.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): LineCharacter {
    const o = Math.max(0, Math.min(Math.floor(offset) || 0, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** The text of a zero-based line, without its line break. */
  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    const start = this.starts[line];
    const end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }
}

/** The range of `span` in text that may not be open, via its LineIndex. */
export function toRangeInText(lines: LineIndex, span: OffsetSpan): vscode.Range {
  const s = lines.positionAt(span.start);
  const e = span.end > span.start ? lines.positionAt(span.end) : s;
  return new vscode.Range(s.line, s.character, e.line, e.character);
}

/**
 * A URI that opens `uri` at the (1-based) line and column of `offset` when used as a link
 * in a MarkdownString (VS Code's opener reads the `L<line>,<column>` fragment).
 */
export function toLineLink(uri: vscode.Uri, lines: LineIndex, offset: number): vscode.Uri {
  const p = lines.positionAt(offset);
  return uri.with({ fragment: `L${p.line + 1},${p.character + 1}` });
}

/** The 1-based line number of `offset` in text indexed by `lines` (for citations and messages). */
export function toLineNumber(lines: LineIndex, offset: number): number {
  return lines.positionAt(offset).line + 1;
}
