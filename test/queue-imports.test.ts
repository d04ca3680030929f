import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

/**
 * BullMQ (and ioredis) load only when a queue command runs: neither the library nor the CLI's
 * start-up reach them through static imports. Read from the built files, as Node loads them.
 */
const SRC = path.resolve(import.meta.dirname, '../src');
const QUEUE_PACKAGES = ['bullmq', 'ioredis'];

/** Every module reachable from `entry` through static imports (`import … from`, `export … from`, `import '…'`). */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
    }
  };
  visit(entry);
  return { files, packages };
}

test('the library (src/index.ts and what it imports) does not import BullMQ or ioredis', () => {
  const { files, packages } = staticGraph(path.join(SRC, 'index.js'));
  assert.ok(files.size > 10, 'the walk follows the imports');
  for (const p of QUEUE_PACKAGES) assert.ok(!packages.has(p), `${p} is imported by the library`);
  assert.ok(![...files].some((f) => path.relative(SRC, f).startsWith(`queue${path.sep}`)), 'no module of src/queue/ is imported by the library');
});

test('the CLI loads the queue modules only when a queue command runs (dynamic import)', () => {
  const { files, packages } = staticGraph(path.join(SRC, 'cli', 'main.js'));
  assert.ok(files.has(path.join(SRC, 'cli', 'commands', 'queue.js')), 'the queue commands are registered');
  for (const p of QUEUE_PACKAGES) assert.ok(!packages.has(p), `${p} is imported at CLI start-up`);
  const worker = staticGraph(path.join(SRC, 'queue', 'worker.js'));
  assert.ok(worker.packages.has('bullmq'), 'the walk sees package imports (the queue worker imports bullmq)');
});
