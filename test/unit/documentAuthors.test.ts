// Issue 14 (round 17): documents linked to the bodies that wrote or issued them, and company names with a legal
// suffix ("Corp.", "Inc.", "Ltd.") as speakers. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../src/core/workspace';

/** The speaker of the first claim whose text starts with claimStart: its canonical name, 'anonymous' or '?'. */
function speakerOf(text: string, claimStart: string): string | undefined {
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  for (const q of index.get('a.txt')!.analysis.quotes) {
    if (!q.text.replace(/^["“]/, '').startsWith(claimStart)) continue;
    const rec = q.speaker && !q.anonymous ? index.entity(q.speaker) : undefined;
    return rec?.name ?? (q.anonymous ? 'anonymous' : '?');
  }
  return undefined;
}

test('a company named with its legal suffix and its period ("Northwind Foods Inc. said", "Kestrel Holdings Ltd. said") is the speaker', () => {
  const text = 'SINGAPORE, 3 May 2027 – Retail shares fell on Tuesday.\n\n'
    + 'Northwind Foods Inc. said on Tuesday that sales had fallen for a third quarter.\n\n'
    + 'Shares of a rival dropped after Kestrel Holdings Ltd. said it would cut 200 jobs.\n\n'
    + 'Analysts at Tamsin Partners Corp. said the sector would recover next year.';
  assert.equal(speakerOf(text, 'that sales had fallen'), 'Northwind Foods Inc');
  assert.equal(speakerOf(text, 'it would cut 200 jobs'), 'Kestrel Holdings Ltd');
  assert.equal(speakerOf(text, 'the sector would recover'), 'Tamsin Partners Corp');
});
