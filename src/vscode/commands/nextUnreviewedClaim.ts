import * as vscode from 'vscode';
import type { ClaimPlace, ReviewDirection, ReviewPosition } from '../../core/reviewOrder';
import { nextInReview } from '../../core/reviewOrder';
import type { AnalysisService } from '../analysisService';
import { keyOf } from '../analysisService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { toOffset, toRange } from '../convert';
import { Commands } from '../ids';

/** Where a review command took the journalist: the document's index key (a URI string) and the claim's span. */
export interface ClaimLocation {
  path: string;
  start: number;
  end: number;
}

export const NONE_LEFT = 'Byline: every claim has a status.';

/** The claim of a Claims-view row (`{ kind: 'claim', id }`), checked against the tree. */
export function claimRowPosition(tree: ClaimsTreeProvider, arg: unknown): ReviewPosition | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { kind, id } = arg as { kind?: unknown; id?: unknown };
  if (kind !== 'claim' || typeof id !== 'string') return undefined;
  const node = tree.claimById(id);
  return node && { path: node.claim.path, start: node.claim.quote.start, end: node.claim.quote.end };
}

/** The selection of the active editor as a review position (its analysis brought up to date first). */
export function editorPosition(service: AnalysisService): ReviewPosition | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const doc = editor.document;
  service.analysisFor(doc);
  return { path: keyOf(doc.uri), start: toOffset(doc, editor.selection.start), end: toOffset(doc, editor.selection.end) };
}

/**
 * Goes to the next (or previous) claim with no status from `from`: opens its document, selects it and reveals
 * it in the Claims view. `skip` lists claims to pass over (`path#start:end`), e.g. ones just given a status.
 * Resolves to where it went, or undefined when no claim is left to review (the journalist is told).
 */
export async function goToUnreviewed(
  service: AnalysisService,
  tree: ClaimsTreeProvider,
  direction: ReviewDirection,
  from: ReviewPosition | undefined,
  skip: ReadonlySet<string> = new Set(),
): Promise<ClaimLocation | undefined> {
  const claims = service.index.claims().map((c) => ({ path: c.path, start: c.quote.start, end: c.quote.end, status: c.quote.status }));
  if (claims.length === 0) {
    void vscode.window.showInformationMessage(service.isIndexing ? 'Byline: the sources are still being analysed; no claims found yet.' : 'Byline: no claims found in the workspace.');
    return undefined;
  }
  const hit = nextInReview(claims, (c) => c.status === undefined && !skip.has(placeId(c)), from, direction);
  if (!hit) {
    void vscode.window.showInformationMessage(NONE_LEFT);
    return undefined;
  }
  const to: ClaimLocation = { path: hit.claim.path, start: hit.claim.start, end: hit.claim.end };
  if (!(await showClaim(service, tree, to))) return undefined;
  if (hit.wrapped) vscode.window.setStatusBarMessage(`Byline: back to the ${direction === 'next' ? 'first' : 'last'} claim not reviewed`, 3000);
  return to;
}

export function placeId(c: ClaimPlace): string {
  return `${c.path}#${c.start}:${c.end}`;
}

/** Opens the claim's document, selects the claim and reveals its row in the Claims view (keeping the focus). */
async function showClaim(service: AnalysisService, tree: ClaimsTreeProvider, to: ClaimLocation): Promise<boolean> {
  let editor: vscode.TextEditor;
  try {
    const doc = await vscode.workspace.openTextDocument(service.uriOf(to.path));
    editor = await vscode.window.showTextDocument(doc, { preview: true });
  } catch (e) {
    void vscode.window.showWarningMessage(`Byline: cannot open ${service.relativePath(to.path)}: ${(e as Error).message}`);
    return false;
  }
  const range = toRange(editor.document, to);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const node = tree.findClaim(to.path, to.start, to.end);
  if (node) await tree.reveal(node, { select: true, focus: false });
  return true;
}

/**
 * `byline.nextUnreviewedClaim`: review mode, forwards. Goes to the next claim with no status: in the current
 * document from the cursor on (past the claim the cursor is in), then in the next documents by path, wrapping
 * around. Run from a Claims-view row, it starts from that claim. Resolves to the claim gone to (`{ path, start,
 * end }`, path = the document's URI string, UTF-16 offsets), or undefined when every claim has a status.
 */
export function registerNextUnreviewedClaim(service: AnalysisService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.nextUnreviewedClaim, (arg?: unknown): Promise<ClaimLocation | undefined> =>
    goToUnreviewed(service, tree, 'next', claimRowPosition(tree, arg) ?? editorPosition(service)),
  );
}
