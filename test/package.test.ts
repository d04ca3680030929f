import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

/**
 * The package as a user gets it: packed, installed into an empty project, run there. Installing
 * is offline: the new project starts from a copy of this checkout's node_modules (what `npm ci`
 * put there), and npm adds the tarball and prunes what the package does not need.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
};
const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// npm's own settings of the `npm test` that runs us must not leak into the npm we start.
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_')));

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens | Coast Times</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Monday morning after a week of repairs, and the first ferry left on time with more than two hundred passengers on board.</p>
<p>Engineers had worked through the weekend to clear the north pier, which the storm had covered in sand and broken timber from the old boat sheds.</p>
</article><footer>© Coast Times</footer></body></html>`;

test('the bin is built with a shebang and is executable (a clone can run it after npm ci)', () => {
  const bin = path.join(ROOT, Object.values(PKG.bin)[0] ?? '');
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  if (process.platform !== 'win32') assert.ok((statSync(bin).mode & 0o111) !== 0, `${bin} is not executable`);
  assert.equal(PKG.scripts['prepare'], 'npm run build', 'installs from git and clones build on prepare');
  assert.notEqual(PKG.name, 'declutter', 'declutter on the npm registry is an unrelated package');
  assert.deepEqual(Object.keys(PKG.bin), ['declutter']);
});

test('packed, installed into an empty project, the command and the library work', { timeout: 240_000 }, async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'declutter-pack-'));
  try {
    const { stdout } = await run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env: ENV });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string; mode: number }> }>;
    assert.ok(packed);
    const files = packed.files.map((f) => f.path);
    // What ships: the built library and bin, the README and what it links to, package.json; no sources, tests or benches.
    assert.ok(['dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli/main.js', 'README.md', 'BENCHMARKS.md'].every((f) => files.includes(f)), files.join(' '));
    const stray = files.filter((f) => !/^(dist\/src\/.*\.(js|d\.ts)|README\.md|BENCHMARKS\.md|package\.json|LICENSE)$/.test(f));
    assert.deepEqual(stray, []);

    const project = path.join(work, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'try-it', version: '1.0.0', private: true, type: 'module' }));
    cpSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), { recursive: true });
    await run(NPM, ['install', '--offline', '--no-audit', '--no-fund', path.join(work, path.basename(packed.filename))], { cwd: project, env: ENV });
    assert.ok(!existsSync(path.join(project, 'node_modules', 'typescript')), 'dev dependencies are pruned');

    const bin = path.join(project, 'node_modules', '.bin', 'declutter');
    const version = await run(bin, ['--version'], { cwd: project, env: ENV });
    assert.equal(version.stdout, `${PKG.version}\n`);
    const help = await run(bin, ['--help'], { cwd: project, env: ENV });
    assert.match(help.stdout, /^declutter \[inputs\.\.\]/);
    writeFileSync(path.join(project, 'page.html'), PAGE);
    const page = await run(bin, ['page.html'], { cwd: project, env: ENV });
    assert.match(page.stdout, /^Harbour reopens after storm\n\nThe harbour reopened on Monday/);
    assert.doesNotMatch(page.stdout, /Home|©/);

    const script = `import { clean, listRules } from '${PKG.name}';
const r = await clean(${JSON.stringify(PAGE)}, { url: 'https://coast.example/harbour' });
console.log(JSON.stringify({ title: r.stories[0]?.title, rules: listRules().length }));`;
    writeFileSync(path.join(project, 'try.mjs'), script);
    const lib = await run(process.execPath, ['try.mjs'], { cwd: project, env: ENV });
    const got = JSON.parse(lib.stdout) as { title: string; rules: number };
    assert.equal(got.title, 'Harbour reopens after storm');
    assert.ok(got.rules > 10);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
