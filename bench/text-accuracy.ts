/**
 * Accuracy of the text path on the trafilatura evaluation set's innerText dumps: title plus
 * body of the main story, scored with the set's with/without snippets.
 * Usage: node dist/bench/text-accuracy.js [--data DIR] [--dump FILE]
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clean } from '../src/index.js';
import { storyText } from '../src/output/format.js';
import { add, countItem, metrics, ZERO, type Counts, type Gold } from './score.js';

export const DATA = process.env.DECLUTTER_EVAL ?? path.resolve(import.meta.dirname, '../../../shared/bench-data/trafilatura-eval');

export interface TextRun {
  counts: Counts;
  raw: Counts;
  docs: number;
  seconds: number;
  perDoc: { file: string; counts: Counts; output: string }[];
}

export async function runTextAccuracy(data = DATA): Promise<TextRun> {
  const gold = JSON.parse(readFileSync(path.join(data, 'gold.json'), 'utf8')) as Record<string, Gold>;
  let counts = ZERO;
  let raw = ZERO;
  const perDoc: TextRun['perDoc'] = [];
  const t0 = performance.now();
  for (const [file, g] of Object.entries(gold)) {
    const txt = path.join(data, 'text', file.replace(/\.html?$/, '.txt'));
    if (!existsSync(txt)) continue;
    const input = readFileSync(txt);
    let output = '';
    try {
      const r = await clean(input, { kind: 'text', url: g.url });
      const main = r.stories.find((s) => s.role === 'main');
      output = main ? storyText(main) : '';
    } catch {
      output = '';
    }
    const c = countItem(output, g);
    counts = add(counts, c);
    raw = add(raw, countItem(input.toString('utf8'), g));
    perDoc.push({ file, counts: c, output });
  }
  return { counts, raw, docs: perDoc.length, seconds: (performance.now() - t0) / 1000, perDoc };
}

const fmt = (x: number): string => x.toFixed(3);

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = await runTextAccuracy();
  const m = metrics(run.counts);
  const r = metrics(run.raw);
  console.log(`text dumps: ${run.docs} documents in ${run.seconds.toFixed(1)} s (${(run.docs / run.seconds).toFixed(0)} docs/s)`);
  console.log(`  declutter  precision ${fmt(m.precision)}  recall ${fmt(m.recall)}  F1 ${fmt(m.f1)}  (tp ${run.counts.tp} fp ${run.counts.fp} fn ${run.counts.fn})`);
  console.log(`  raw dump   precision ${fmt(r.precision)}  recall ${fmt(r.recall)}  F1 ${fmt(r.f1)}`);
  const dump = process.argv.indexOf('--dump');
  if (dump > 0 && process.argv[dump + 1]) writeFileSync(process.argv[dump + 1] as string, JSON.stringify(run.perDoc, null, 1));
}
