import * as vscode from 'vscode';
import type { MentionRef } from '../../core';
import type { AnalysisService } from '../analysisService';
import { keyOf } from '../analysisService';
import { toOffset } from '../convert';
import { introduction, mentionAt, mentionLocation, syncOpenDocuments } from '../entityInfo';
import { Commands } from '../ids';

interface Request {
  id?: string;
  /** The mention the request comes from (a hover card's), to show the list beside it. */
  anchor?: { key: string; offset: number };
}

/** What VS Code or a hover link passes: `{ id, uri, offset }` (hover card) or an Entities row `{ kind: 'entity', id }`. */
function parse(arg: unknown): Request | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { id, uri, offset } = arg as { id?: unknown; uri?: unknown; offset?: unknown };
  if (typeof id !== 'string') return undefined;
  const req: Request = { id };
  if (typeof uri === 'string' && Number.isInteger(offset)) {
    try {
      req.anchor = { key: keyOf(vscode.Uri.parse(uri, true)), offset: offset as number };
    } catch {
      // not a URI: no anchor
    }
  }
  return req;
}

function containing(refs: readonly MentionRef[], key: string, offset: number): MentionRef | undefined {
  return refs.find((r) => r.path === key && r.mention.start <= offset && offset <= r.mention.end);
}

/**
 * `byline.showEntityMentions`: every mention of an entity in the workspace, in the references peek (or the
 * References view, as `references.preferredLocation` says). The entity is the one a hover card's "Show all
 * mentions" link or an Entities row names, else the one under the cursor. Arguments are not trusted: the id
 * must be an entity of the index with mentions, and the anchor a mention of it. Resolves to the number of
 * mentions listed.
 */
export function registerShowEntityMentions(service: AnalysisService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showEntityMentions, async (arg?: unknown): Promise<number> => {
    const editor = vscode.window.activeTextEditor;
    let req = parse(arg);
    if (!req) {
      const mention = editor ? mentionAt(service, editor.document, editor.selection.active) : undefined;
      if (!mention) {
        void vscode.window.showInformationMessage('Byline: the cursor is not on a name. Put it on a person, an organisation or a place.');
        return 0;
      }
      req = { id: mention.entity, anchor: { key: keyOf(editor!.document.uri), offset: mention.start } };
    }
    syncOpenDocuments(service);
    const id = req.id!;
    const refs = service.index.mentions(id);
    if (!service.index.entity(id) || refs.length === 0) {
      void vscode.window.showInformationMessage('Byline: that entity is no longer mentioned in the workspace.');
      return 0;
    }
    // beside the mention the request came from, else the one under the cursor, else where the entity is introduced
    let anchor = req.anchor && containing(refs, req.anchor.key, req.anchor.offset);
    if (!anchor && editor && service.isTracked(editor.document)) {
      const key = keyOf(editor.document.uri);
      anchor = containing(refs, key, toOffset(editor.document, editor.selection.active)) ?? refs.find((r) => r.path === key);
    }
    anchor ??= introduction(service, id);
    const at = anchor && mentionLocation(service, anchor);
    const locations = refs.map((r) => mentionLocation(service, r)).filter((l): l is vscode.Location => l !== undefined);
    if (!at || locations.length === 0) return 0;
    await vscode.commands.executeCommand('editor.action.showReferences', at.uri, at.range.start, locations);
    return locations.length;
  });
}
