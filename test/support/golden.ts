import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { clean } from '../../src/index.js';

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
      const got = { stories: result.stories };
      const expectedPath = path.join(folder, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, JSON.stringify(got, null, 2) + '\n');
      assert.ok(existsSync(expectedPath), `${dir}/expected.json is missing (run with UPDATE_GOLDEN=1 and read it)`);
      assert.deepEqual(got, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
}
