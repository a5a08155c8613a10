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
  reattachOrphan: 'byline.reattachOrphan',
  deleteOrphan: 'byline.deleteOrphan',
  nextUnreviewedClaim: 'byline.nextUnreviewedClaim',
  previousUnreviewedClaim: 'byline.previousUnreviewedClaim',
  verifyAndNext: 'byline.verifyAndNext',
  addClaim: 'byline.addClaim',
  correctSpeaker: 'byline.correctSpeaker',
  setClaimKind: 'byline.setClaimKind',
  dismissClaim: 'byline.dismissClaim',
  setClaimStatus: 'byline.setClaimStatus',
  verifyClaim: 'byline.verifyClaim',
  disputeClaim: 'byline.disputeClaim',
  filterClaimsByStatus: 'byline.filterClaimsByStatus',
  markEntity: 'byline.markEntity',
  dismissEntity: 'byline.dismissEntity',
  dismissFigure: 'byline.dismissFigure',
  mergeEntity: 'byline.mergeEntity',
  unmergeEntity: 'byline.unmergeEntity',
  renameEntity: 'byline.renameEntity',
  addNote: 'byline.addNote',
  removeAnnotationsHere: 'byline.removeAnnotationsHere',
  undoAnnotation: 'byline.undoAnnotation',
  exportClaims: 'byline.exportClaims',
  exportViewClaims: 'byline.exportViewClaims',
  importAnnotations: 'byline.importAnnotations',
  searchArchive: 'byline.searchArchive',
  setArchivePassword: 'byline.setArchivePassword',
} as const;

/** Context keys Byline sets (for `when` clauses in package.json). */
export const ContextKeys = {
  /** 'workspace' or 'document': which claims the Claims view lists. */
  claimsScope: 'byline.claimsScope',
  /** true while the Claims view is filtered to one speaker. */
  claimsFiltered: 'byline.claimsFiltered',
  /** true while the Orphans view waits for indexing to end (orphans found meanwhile are transient). */
  orphansPending: 'byline.orphansPending',
  /** true while the Claims view is filtered by status. */
  claimsStatusFiltered: 'byline.claimsStatusFiltered',
  /** true when there is an annotation change to undo. */
  canUndoAnnotation: 'byline.canUndoAnnotation',
} as const;

/** Keys in the extension's workspaceState. */
export const StateKeys = {
  claimsScope: 'byline.claims.scope',
} as const;

export const Views = {
  container: 'byline',
  claims: 'byline.claims',
  entities: 'byline.entities',
  orphans: 'byline.orphans',
} as const;

export const Colors = {
  entityBackground: 'byline.entityBackground',
  entityBorder: 'byline.entityBorder',
  quoteBackground: 'byline.quoteBackground',
  quoteBorder: 'byline.quoteBorder',
  figureBackground: 'byline.figureBackground',
  figureBorder: 'byline.figureBorder',
  noteBorder: 'byline.noteBorder',
} as const;

/** Setting keys, relative to the `byline` section. */
export const Settings = {
  section: 'byline',
  include: 'include',
  maxFiles: 'maxFiles',
  highlightEntities: 'highlight.entities',
  highlightQuotes: 'highlight.quotes',
  highlightFigures: 'highlight.figures',
  claimKinds: 'claims.kinds',
  diagnostics: 'diagnostics.enabled',
  annotationAuthor: 'annotations.author',
  cacheEnabled: 'cache.enabled',
  archiveDatabase: 'archive.database',
} as const;

export const DIAGNOSTIC_SOURCE = 'Byline';
