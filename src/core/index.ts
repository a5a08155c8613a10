// Public surface of the analysis core. Everything here is pure TypeScript (no `vscode`).
export * from './types';
export { analyzeText, formatForPath } from './analyze';
export { WorkspaceIndex } from './workspace';
export { decodeDocument, MAX_BYTES } from './input';
export type { ResolvedDocument, Claim, MentionRef } from './workspace';
