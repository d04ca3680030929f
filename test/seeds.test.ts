import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/** The user's own pages, read from ../shared/seeds (never copied into the repo). */
const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');

interface ExpectedStory {
  title?: string;
  body: string;
  captions?: string[];
  published?: string;
  source?: string;
  byline?: string;
  dateline?: string;
  appended?: boolean;
}

const FIELDS = ['title', 'body', 'published', 'source', 'byline', 'dateline'] as const;

if (!existsSync(SEEDS)) {
  test('seed pages', { skip: `no seed pages at ${SEEDS} (they live in ../shared/seeds beside the checkout)` }, () => {});
} else {
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    test(`seed ${file} matches its expected stories exactly`, async () => {
      const expected = JSON.parse(readFileSync(path.join(SEEDS, 'expected', file.replace(/\.txt$/, '.json')), 'utf8')) as {
        stories: ExpectedStory[];
      };
      const result = await clean(readFileSync(path.join(SEEDS, file)));
      assert.equal(result.stories.length, expected.stories.length, 'number of stories');
      expected.stories.forEach((want, i) => {
        const got = result.stories[i];
        assert.ok(got, `story ${i}`);
        assert.equal(got.role, want.appended ? 'appended' : 'main', `story ${i} role`);
        for (const k of FIELDS) assert.equal(got[k], want[k], `story ${i} ${k}`);
        assert.deepEqual(got.captions, want.captions ?? [], `story ${i} captions`);
      });
    });
  }
}
