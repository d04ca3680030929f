import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

/** The HTML path's packages: a text dump cleaned as text must load none of them. */
const HTML_PACKAGES = ['htmlparser2', 'domhandler', 'domutils', 'entities', 'parse5', 'cheerio', 'jsdom', '@mozilla/readability'];

/** A resolve hook that writes every module URL the child loads to the log file it is given. */
const HOOKS = `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.DECLUTTER_LOAD_LOG, result.url + '\\n');
  return result;
}`)}`;

/** DECLUTTER_INDEX=path/to/dist/src/index.js checks another build (the check fails on one before the layout). */
const INDEX = pathToFileURL(process.env.DECLUTTER_INDEX ?? path.resolve(import.meta.dirname, '../src/index.js')).href;
const DUMP = [
  'Local news',
  'Council approves the new tram line',
  'The city council voted on Tuesday to build a tram line across the river, ending a debate that lasted ten years.',
  'Work starts in the spring and should take three years, the mayor said after the vote.',
].join('\n');
const PAGE = '<html><body><article><h1>Tram line approved</h1><p>The city council voted on Tuesday to build a tram line across the river, ending a debate that lasted ten years.</p></article></body></html>';

/** Cleans `input` in a fresh node process and returns the packages it loaded. */
function packagesLoaded(input: string, options: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'declutter-loads-'));
  const log = path.join(dir, 'loads.txt');
  try {
    const script = `
      import { register } from 'node:module';
      register(${JSON.stringify(HOOKS)});
      const { clean } = await import(${JSON.stringify(INDEX)});
      const result = await clean(${JSON.stringify(input)}, ${options});
      if (result.stories.length === 0) process.exit(3);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, DECLUTTER_LOAD_LOG: log },
      encoding: 'utf8',
    });
    assert.equal(child.status, 0, child.stderr);
    const urls = readFileSync(log, 'utf8').split('\n');
    return HTML_PACKAGES.filter((p) => urls.some((u) => u.includes(`/node_modules/${p}/`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a text dump cleaned as text loads none of the HTML packages', () => {
  assert.deepEqual(packagesLoaded(DUMP, "{ kind: 'text' }"), []);
  assert.deepEqual(packagesLoaded(DUMP, '{}'), [], 'detected as text');
});

test('the load check sees the HTML packages when an HTML page is cleaned (control)', () => {
  const loaded = packagesLoaded(PAGE, "{ kind: 'html', fallback: false }");
  assert.ok(loaded.includes('htmlparser2') && loaded.includes('domhandler'), loaded.join(', '));
});
