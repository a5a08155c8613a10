// Every identifier Byline contributes, in one place. Keep in sync with package.json `contributes`.

export const OUTPUT_CHANNEL_NAME = 'Byline';

export const Commands = {
  showClaims: 'byline.showClaims',
  refresh: 'byline.refresh',
  toggleEntities: 'byline.toggleEntities',
  toggleQuotes: 'byline.toggleQuotes',
  toggleFigures: 'byline.toggleFigures',
  openClaim: 'byline.openClaim',
  debugState: 'byline._debugState',
  showDocumentClaims: 'byline.showDocumentClaims',
  showWorkspaceClaims: 'byline.showWorkspaceClaims',
  revealClaimAtCursor: 'byline.revealClaimAtCursor',
  showSpeakerClaims: 'byline.showSpeakerClaims',
  clearClaimsFilter: 'byline.clearClaimsFilter',
  copyClaimWithCitation: 'byline.copyClaimWithCitation',
  showEntities: 'byline.showEntities',
  showEntityMentions: 'byline.showEntityMentions',
  openMention: 'byline.openMention',
} as const;

/** Context keys Byline sets (for `when` clauses in package.json). */
export const ContextKeys = {
  /** 'workspace' or 'document': which claims the Claims view lists. */
  claimsScope: 'byline.claimsScope',
  /** true while the Claims view is filtered to one speaker. */
  claimsFiltered: 'byline.claimsFiltered',
} as const;

/** Keys in the extension's workspaceState. */
export const StateKeys = {
  claimsScope: 'byline.claims.scope',
} as const;

export const Views = {
  container: 'byline',
  claims: 'byline.claims',
  entities: 'byline.entities',
} as const;

export const Colors = {
  entityBackground: 'byline.entityBackground',
  entityBorder: 'byline.entityBorder',
  quoteBackground: 'byline.quoteBackground',
  quoteBorder: 'byline.quoteBorder',
  figureBackground: 'byline.figureBackground',
  figureBorder: 'byline.figureBorder',
} as const;

/** Setting keys, relative to the `byline` section. */
export const Settings = {
  section: 'byline',
  include: 'include',
  maxFiles: 'maxFiles',
  highlightEntities: 'highlight.entities',
  highlightQuotes: 'highlight.quotes',
  highlightFigures: 'highlight.figures',
  diagnostics: 'diagnostics.enabled',
} as const;

export const DIAGNOSTIC_SOURCE = 'Byline';
