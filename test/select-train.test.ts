import test from 'node:test';
import assert from 'node:assert/strict';
import { boostedValue, fitBoosted, siteOf } from '../bench/select-train.js';
import { urlHints } from '../src/html/page-type.js';

test('the boosted trees of the profile-selector bench learn a step in one feature and ignore a feature that carries nothing', () => {
  const X = Array.from({ length: 200 }, (_, i) => [i % 10, (i * 7) % 13]);
  const y = X.map((x) => ((x[0] ?? 0) > 5 ? 0.2 : -0.1));
  const model = fitBoosted(X, y, { rounds: 40, depth: 1, minLeaf: 10, rate: 0.2, lambda: 0, margin: 0, clip: 1 });
  assert.ok(Math.abs(boostedValue(model, [8, 3]) - 0.2) < 0.01);
  assert.ok(Math.abs(boostedValue(model, [2, 3]) + 0.1) < 0.01);
  assert.ok(Math.abs(boostedValue(model, [8, 0]) - boostedValue(model, [8, 12])) < 1e-9);
});

test("cross-validation groups a site's pages by host, www. or not; the URL's path words give the classifier its hints, a forum's twice", () => {
  assert.equal(siteOf('https://www.example.org/a/b'), siteOf('https://example.org/c'));
  assert.notEqual(siteOf('https://shop.example.org/'), siteOf('https://example.org/'));
  assert.deepEqual(urlHints('https://forum.example.org/threads/how-to-x.123/'), ['forum', 'forum']);
  assert.deepEqual(urlHints('https://example.org/2025/05/a-story'), []);
  assert.deepEqual(urlHints(undefined), []);
});
