// Typed access to Byline's settings (`byline.*` in package.json `contributes.configuration`).
import * as vscode from 'vscode';
import { QUOTE_KINDS, type QuoteKind } from '../core';
import { Settings } from './ids';

export const DEFAULT_INCLUDE = '**/*.{txt,md}';
export const DEFAULT_EXCLUDE = '**/node_modules/**';
export const DEFAULT_MAX_FILES = 5000;

export type HighlightKind = 'entities' | 'quotes' | 'figures';

const highlightKey: Record<HighlightKind, string> = {
  entities: Settings.highlightEntities,
  quotes: Settings.highlightQuotes,
  figures: Settings.highlightFigures,
};

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(Settings.section);
}

/** The include globs: `byline.include` may be one glob or a list of globs. */
export function includeGlobs(): string[] {
  const raw = config().get<unknown>(Settings.include, DEFAULT_INCLUDE);
  const list = Array.isArray(raw) ? raw : [raw];
  const globs = list.filter((g): g is string => typeof g === 'string' && g.trim() !== '').map((g) => g.trim());
  return globs.length ? [...new Set(globs)] : [DEFAULT_INCLUDE];
}

export function maxFiles(): number {
  const n = config().get<number>(Settings.maxFiles, DEFAULT_MAX_FILES);
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : DEFAULT_MAX_FILES;
}

export function highlightEnabled(kind: HighlightKind): boolean {
  return config().get<boolean>(highlightKey[kind], true) !== false;
}

/**
 * The claim kinds the Claims view lists and the editor highlights (`byline.claims.kinds`; default: every kind).
 * Unknown words are ignored; a setting that is not a list of strings means every kind.
 */
export function claimKinds(): ReadonlySet<QuoteKind> {
  const raw = config().get<unknown>(Settings.claimKinds, QUOTE_KINDS);
  if (!Array.isArray(raw)) return new Set(QUOTE_KINDS);
  return new Set(QUOTE_KINDS.filter((k) => raw.includes(k)));
}

export function diagnosticsEnabled(): boolean {
  return config().get<boolean>(Settings.diagnostics, true) !== false;
}

/** Whether analyses are kept in the extension's storage between sessions (`byline.cache.enabled`). */
export function cacheEnabled(): boolean {
  return config().get<boolean>(Settings.cacheEnabled, true) !== false;
}

/** The name written as the `creator` of new annotations (`byline.annotations.author`); '' = the account name. */
export function annotationAuthor(): string {
  const v = config().get<string>(Settings.annotationAuthor, '');
  return typeof v === 'string' ? v.trim() : '';
}

/** True if the configuration change touches `byline.<key>`. */
export function affects(e: vscode.ConfigurationChangeEvent, key: string): boolean {
  return e.affectsConfiguration(`${Settings.section}.${key}`);
}

/**
 * Flips `byline.highlight.<kind>`. Writes where the effective value comes from
 * (workspace settings if they set it, else user settings) so the toggle always takes effect.
 */
export async function toggleHighlight(kind: HighlightKind): Promise<boolean> {
  const key = highlightKey[kind];
  const cfg = config();
  const next = !highlightEnabled(kind);
  const info = cfg.inspect<boolean>(key);
  let target = vscode.ConfigurationTarget.Global;
  if (info?.workspaceValue !== undefined) target = vscode.ConfigurationTarget.Workspace;
  await cfg.update(key, next, target);
  return next;
}
