/**
 * Writes every page's full result (stories and removals) as JSON lines, so two versions of
 * declutter can be compared page by page with bench/diff-results.
 *
 *   node dist/bench/dump-results.js --dir ../shared/bench-data/wcxb-dev/html --kind html --out /tmp/after.jsonl
 *   --dir DIR     a folder of pages: *.html, *.htm, *.txt, or the same gzipped (*.gz)
 *   --kind K      html or text (default: auto)
 *   --out FILE    where the JSON lines go
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean } from '../src/index.js';
import type { InputKind } from '../src/types.js';

/** One page's result, as bench/diff-results reads it. */
export interface PageDump {
  file: string;
  stories: { role: string; title?: string; body: string; captions: string[] }[];
  removed: { rule: string; reason: string; text: string }[];
  error?: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function dumpPage(dir: string, file: string, kind: InputKind | 'auto'): Promise<PageDump> {
  const raw = readFileSync(path.join(dir, file));
  const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  try {
    const r = await clean(bytes, { kind });
    const stories = r.stories.map((s) => ({ role: s.role, ...(s.title !== undefined ? { title: s.title } : {}), body: s.body, captions: s.captions }));
    return { file, stories, removed: r.removed.map((x) => ({ rule: x.rule, reason: x.reason, text: x.text })) };
  } catch (err) {
    return { file, stories: [], removed: [], error: err instanceof Error ? err.message : String(err) };
  }
}

async function main(): Promise<void> {
  const dir = arg('--dir');
  const out = arg('--out');
  const kind = (arg('--kind') ?? 'auto') as InputKind | 'auto';
  if (!dir || !out) throw new Error('usage: dump-results --dir DIR --out FILE [--kind html|text]');
  const files = readdirSync(dir).filter((f) => /\.(html?|txt)(\.gz)?$/.test(f)).sort();
  const lines: string[] = [];
  for (const file of files) lines.push(JSON.stringify(await dumpPage(dir, file, kind)));
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${files.length} pages from ${dir} → ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
