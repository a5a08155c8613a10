// StoryEvidence by document number (no, scoreOf, contemporaryOf, sameDayOf, sameScored): what the checks across
// sources use on many pairs must answer as the methods by path do, on the conflict fixtures' articles, and a
// path it does not know scores nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { SAME_STORY_MIN, SAME_STORY_SCORE, SAME_STORY_SHARE, StoryEvidence } from '../../src/core/story';
import { ROOT } from './helpers';

function articles(): { path: string; analysis: ReturnType<typeof analyzeText> }[] {
  const dir = join(ROOT, 'test/fixtures/conflicts');
  const out: { path: string; analysis: ReturnType<typeof analyzeText> }[] = [];
  for (const pair of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().slice(0, 12)) {
    for (const f of readdirSync(join(dir, pair)).filter((x) => x.endsWith('.txt')).sort()) {
      out.push({ path: `${pair}/${f}`, analysis: analyzeText(readFileSync(join(dir, pair, f), 'utf8')) });
    }
  }
  return out;
}

test('story evidence by number answers as by path, for every pair of the fixtures articles', () => {
  const docs = articles();
  assert.ok(docs.length >= 20);
  const story = new StoryEvidence(docs);
  let same = 0;
  for (const a of docs) {
    const ia = story.no(a.path);
    assert.ok(ia >= 0);
    for (const b of docs) {
      const ib = story.no(b.path);
      const s = story.score(a.path, b.path);
      assert.equal(story.scoreOf(ia, ib), s);
      assert.equal(story.contemporaryOf(ia, ib), story.contemporary(a.path, b.path));
      assert.equal(story.sameDayOf(ia, ib), story.sameDay(a.path, b.path));
      // same: the definition (datelines close, and enough evidence or most of the shorter one's)
      const want = a.path !== b.path && story.contemporary(a.path, b.path) &&
        (s >= SAME_STORY_SCORE || (s >= SAME_STORY_MIN && s >= SAME_STORY_SHARE * Math.min(story.total(a.path), story.total(b.path))));
      assert.equal(story.same(a.path, b.path), want);
      if (want) same++;
    }
  }
  // the fixtures are pairs of articles on one story: many pairs are the same story, most are not
  assert.ok(same > 0 && same < docs.length * docs.length / 2);
});

test('a path the evidence does not know: number -1, no score, not the same story', () => {
  const docs = articles().slice(0, 2);
  const story = new StoryEvidence(docs);
  assert.equal(story.no('nowhere.txt'), -1);
  assert.equal(story.scoreOf(-1, 0), 0);
  assert.equal(story.score('nowhere.txt', docs[0].path), 0);
  assert.equal(story.contemporaryOf(-1, 0), true);
  assert.equal(story.sameDayOf(-1, 0), false);
  assert.equal(story.same('nowhere.txt', 'elsewhere.txt'), false);
  assert.equal(story.same(docs[0].path, docs[0].path), false);
});
