import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { clean, renderHtml, renderMarkdown, type Story } from '../../src/index.js';

/** samples/ at the repository root (tests run from dist/test/). */
export const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');

/**
 * Golden tests over samples/<kind>--<case>/: the stories clean() returns for input.* must equal
 * expected.json. A missing expected file fails; UPDATE_GOLDEN=1 writes it (a person then reads
 * the diff before committing).
 */
export function goldenSamples(prefix: string): void {
  const dirs = readdirSync(SAMPLES).filter((d) => d.startsWith(prefix)).sort();
  test(`there are samples named ${prefix}*`, () => assert.ok(dirs.length > 0));
  for (const dir of dirs) {
    test(`golden sample ${dir}`, async () => {
      const folder = path.join(SAMPLES, dir);
      const input = readdirSync(folder).find((f) => f.startsWith('input.'));
      assert.ok(input, `${dir} has an input file`);
      const result = await clean(readFileSync(path.join(folder, input)));
      // The typed content is checked through its renderings (expected.md, expected.html).
      const got = { stories: result.stories.map(withoutContent) };
      const renderings = [
        ['expected.json', JSON.stringify(got, null, 2) + '\n'],
        ['expected.md', result.stories.map((s) => renderMarkdown(s)).join('\n\n---\n\n') + '\n'],
        ['expected.html', result.stories.map((s) => renderHtml(s)).join('\n') + '\n'],
      ] as const;
      for (const [name, text] of renderings) {
        const expectedPath = path.join(folder, name);
        if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, text);
        assert.ok(existsSync(expectedPath), `${dir}/${name} is missing (run with UPDATE_GOLDEN=1 and read it)`);
        const want = readFileSync(expectedPath, 'utf8');
        if (name === 'expected.json') assert.deepEqual(got, JSON.parse(want));
        else assert.equal(text, want, `${dir}/${name}`);
      }
    });
  }
}

function withoutContent(story: Story): Omit<Story, 'content'> {
  const { content: _content, ...rest } = story;
  return rest;
}
