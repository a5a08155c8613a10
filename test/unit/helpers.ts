// Shared helpers for the unit tests (plain Node, no editor).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');

export function readSeed(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

export function seedNames(): string[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
}

/** Quote text as the gold file compares it: inside the marks, whitespace-normalised, trailing punctuation ignored. */
export function normQuote(s: string): string {
  return s
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/^["']+|["']+$/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?]+$/, '')
    .trim();
}
