/**
 * Does a long-lived process keep memory page after page? Cleans the same WCXB pages several times
 * in one process and prints the heap after a full collection at the end of each pass. A process
 * that keeps nothing stays flat after the first pass (which loads jsdom and Readability on the first
 * fallback and fills the fixed caches); one that keeps something grows by the same step each pass.
 *
 * Usage: node dist/bench/memory.js [--kind html|text] [--pages N] [--passes N] [--no-fallback]
 *                                  [--max-kb N]
 *   --kind      html (default) or text: the WCXB pages or their dumps
 *   --pages     the first N pages by id (default 400)
 *   --passes    how many times each page is cleaned (default 5; at least 3)
 *   --max-kb    exit 1 when the heap grows by more than N KB per page cleaned from the second
 *               pass to the last (default 4; the leak jsdom's shared window had kept 38)
 * The WCXB folder is ../shared/bench-data/wcxb-dev (DECLUTTER_WCXB overrides it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { clean } from '../src/index.js';
import { WCXB } from './wcxb.js';
import { flagValue } from './flags.js';

interface Flags {
  kind: 'html' | 'text';
  pages: number;
  passes: number;
  fallback: boolean;
  maxKb: number;
}

function flags(argv: readonly string[]): Flags {
  const get = (name: string): string | undefined => flagValue(argv, name);
  const kind = get('kind') ?? 'html';
  if (kind !== 'html' && kind !== 'text') throw new Error(`--kind html or text, not ${kind}`);
  return {
    kind,
    pages: Number(get('pages') ?? 400),
    passes: Math.max(3, Number(get('passes') ?? 5)),
    fallback: !argv.includes('--no-fallback'),
    maxKb: Number(get('max-kb') ?? 4),
  };
}

function readPages(kind: 'html' | 'text', count: number): Uint8Array[] {
  const dir = path.join(WCXB, kind);
  const files = readdirSync(dir).sort().slice(0, count);
  return files.map((f) => {
    const raw = readFileSync(path.join(dir, f));
    return new Uint8Array(f.endsWith('.gz') ? gunzipSync(raw) : raw);
  });
}

/** Heap in use after a full collection, in MB (two collections: the first can free more to the second). */
function heapAfterGc(collect: () => void): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function main(): Promise<void> {
  const f = flags(process.argv.slice(2));
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  const pages = readPages(f.kind, f.pages);
  console.log(`${pages.length} WCXB ${f.kind} pages, ${f.passes} passes, fallback ${f.fallback ? 'on' : 'off'}`);
  const heaps: number[] = [];
  for (let pass = 0; pass < f.passes; pass++) {
    const start = performance.now();
    for (const input of pages) {
      try {
        await clean(input, { kind: f.kind, fallback: f.fallback });
      } catch {
        // A page that fails is not what this bench measures.
      }
    }
    // Let the last page's WeakRefs and pending callbacks go before measuring.
    await new Promise((resolve) => setImmediate(resolve));
    heaps.push(heapAfterGc(collect));
    console.log(`pass ${pass}: heap after gc ${(heaps[pass] as number).toFixed(1)} MB (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
  const grown = (heaps[heaps.length - 1] as number) - (heaps[1] as number);
  const perPage = (grown * 1024) / (pages.length * (f.passes - 2));
  console.log(`pass 1 → ${f.passes - 1}: ${grown >= 0 ? '+' : ''}${grown.toFixed(1)} MB, ${perPage.toFixed(2)} KB per page cleaned (bound ${f.maxKb})`);
  if (perPage > f.maxKb) process.exitCode = 1;
}

await main();
