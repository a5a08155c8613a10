// What is under the cursor of an editor: the claim and the entity mention around it, from the shared
// analysis. Used by the commands that act "at the cursor" and by the Claims view following the cursor.
import * as vscode from 'vscode';
import type { EntityMention, Quote } from '../core';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import { toOffset } from './convert';

/**
 * The innermost span of `spans` that contains `offset` ([start, end)); with `touching`, a span whose end is
 * `offset` counts too (a cursor just after a word is still on it).
 */
export function innermost<T extends { start: number; end: number }>(spans: readonly T[], offset: number, touching = false): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    const inside = s.start <= offset && (offset < s.end || (touching && offset === s.end));
    if (inside && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

export interface ClaimAtCursor {
  /** Index key of the document. */
  key: string;
  quote: Quote;
}

export interface EntityAtCursor {
  key: string;
  mention: EntityMention;
}

function cursorOffset(editor: vscode.TextEditor): number {
  return toOffset(editor.document, editor.selection.active);
}

/**
 * The claim around the cursor of `editor`, if Byline analyses its document and there is one. With
 * `onlyIfCurrent`, an analysis still waiting for the edit debounce is not forced: nothing is returned.
 */
export function claimAtCursor(service: AnalysisService, editor: vscode.TextEditor, onlyIfCurrent = false): ClaimAtCursor | undefined {
  const doc = editor.document;
  const analysis = (onlyIfCurrent ? service.currentAnalysisFor(doc) : service.analysisFor(doc))?.analysis;
  if (!analysis) return undefined;
  const quote = innermost(analysis.quotes, cursorOffset(editor), true);
  return quote && { key: keyOf(editor.document.uri), quote };
}

/** The entity mention around the cursor of `editor`. */
export function entityAtCursor(service: AnalysisService, editor: vscode.TextEditor): EntityAtCursor | undefined {
  const analysis = service.analysisFor(editor.document)?.analysis;
  if (!analysis) return undefined;
  const mention = innermost(analysis.entities, cursorOffset(editor), true);
  return mention && { key: keyOf(editor.document.uri), mention };
}
