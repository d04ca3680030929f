/**
 * declutter on the WCXB development split (../shared/bench-data/wcxb-dev; override with
 * DECLUTTER_WCXB=DIR), scored as the benchmark scores it (bench/wcxb-score.ts):
 *   html    body word F1 per page type, lost bodies, metadata (title, author, date), page types
 *   text    the same pages as browser innerText dumps: body F1 per type, titles, lost bodies
 *   speed   the text path against the HTML path on the same pages, interleaved in one process
 *   concat  joined article dumps: appended story cut off / returned, main-story shingle F1,
 *           false splits on the single-page controls and on the trafilatura dev dumps
 * Usage: node dist/bench/wcxb.js [html] [text] [concat] [speed] [--readability] [--no-fallback]
 *        [--type T] [--limit N] [--json FILE]
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { clean, type CleanResult, type Story } from '../src/index.js';
import { authorMatches, meanPrf, sameWords, shingleMatch, shingleScore, shingleShare, wordF1, words, type Prf } from './wcxb-score.js';
import type { WcxbReadabilityJob } from './wcxb-readability-worker.js';

export const WCXB = process.env.DECLUTTER_WCXB ?? path.resolve(import.meta.dirname, '../../../shared/bench-data/wcxb-dev');
const TRAF = process.env.DECLUTTER_EVAL ?? path.resolve(import.meta.dirname, '../../../shared/bench-data/trafilatura-eval');
export const TYPES = ['article', 'documentation', 'service', 'product', 'forum', 'collection', 'listing'] as const;

export interface Truth {
  id: string;
  url: string;
  type: string;
  title: string | null;
  author: string | null;
  date: string | null;
  body: string;
}

interface GroundTruthFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth?: { title?: string | null; author?: string | null; publish_date?: string | null; main_content?: string | null };
}

export function loadTruth(dir = WCXB): Truth[] {
  const ids = readdirSync(path.join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  return ids.map((id) => {
    const g = JSON.parse(readFileSync(path.join(dir, 'ground-truth', `${id}.json`), 'utf8')) as GroundTruthFile;
    const primary = g._internal?.page_type?.primary ?? 'article';
    const gt = g.ground_truth ?? {};
    return {
      id,
      url: g.url ?? '',
      type: primary === 'category' ? 'collection' : primary,
      title: gt.title ?? null,
      author: gt.author ?? null,
      date: gt.publish_date ?? null,
      body: gt.main_content ?? '',
    };
  });
}

/**
 * What one page gave: the main story's fields and the scores. `lost`: the reference has 100+
 * words and the body came back with fewer than a fifth as many words.
 */
export interface PageOut {
  id: string;
  type: string;
  score: Prf;
  lost: boolean;
  warned: boolean;
  title?: string;
  author?: string;
  published?: string;
  pageType?: string;
  error?: string;
}

type Extra = { authors?: string[]; pageType?: string };

/** The byline, the authors' display line ("Jane Doe and John Roe" as the page prints it); else the list joined. */
function authorOf(story: Story & Extra): string | undefined {
  return story.byline ?? (story.authors?.length ? story.authors.join(', ') : undefined);
}

export function mainStory(r: CleanResult): (Story & Extra) | undefined {
  return r.stories.find((s) => s.role !== 'appended');
}

async function cleanPage(t: Truth, input: Uint8Array, kind: 'html' | 'text', fallback: boolean): Promise<PageOut> {
  const refWords = words(t.body).length;
  try {
    const r = await clean(input, { kind, url: t.url || undefined, fallback } as Parameters<typeof clean>[1]);
    const main = mainStory(r);
    const score = wordF1(main?.body ?? '', t.body);
    return {
      id: t.id,
      type: t.type,
      score,
      lost: refWords >= 100 && words(main?.body ?? '').length < 0.2 * refWords,
      warned: r.warnings.length > 0,
      title: main?.title,
      author: main ? authorOf(main) : undefined,
      published: main?.published,
      pageType: (r as CleanResult & Extra).pageType ?? main?.pageType,
    };
  } catch (err) {
    return { id: t.id, type: t.type, score: wordF1('', t.body), lost: refWords >= 100, warned: true, error: String(err) };
  }
}

const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function typeTable(label: string, rows: Map<string, PageOut[]>, columns: string[]): void {
  const all = [...rows.values()];
  console.log(`| page type (pages) | ${columns.join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---:').join('|')}|`);
  const n = all[0]?.length ?? 0;
  const line = (name: string, pick: (pages: PageOut[]) => PageOut[]): void =>
    console.log(`| ${name} (${pick(all[0] ?? []).length}) | ${all.map((pages) => f3(meanPrf(pick(pages).map((p) => p.score)).f1)).join(' | ')} |`);
  line('all', (pages) => pages);
  for (const type of TYPES) line(type, (pages) => pages.filter((p) => p.type === type));
  if (n === 0) console.log(`(${label}: no pages)`);
}

function lostLine(pages: PageOut[]): string {
  const lost = pages.filter((p) => p.lost);
  return `pages losing >= 80% of a 100+ word reference: ${lost.length} (${lost.filter((p) => !p.warned).length} without a warning)`;
}

function metadataTable(truth: Map<string, Truth>, pages: PageOut[]): void {
  const withT = pages.filter((p) => truth.get(p.id)?.title);
  const withA = pages.filter((p) => truth.get(p.id)?.author);
  const noA = pages.filter((p) => !truth.get(p.id)?.author);
  const withD = pages.filter((p) => truth.get(p.id)?.date);
  const noD = pages.filter((p) => !truth.get(p.id)?.date);
  const share = (xs: PageOut[], ok: (p: PageOut, t: Truth) => boolean): string =>
    `${f3(xs.filter((p) => ok(p, truth.get(p.id) as Truth)).length / (xs.length || 1))} (${xs.length} pages)`;
  console.log('| field | declutter |');
  console.log('|---|---:|');
  console.log(`| title, same words as the reference | ${share(withT, (p, t) => sameWords(p.title, t.title ?? ''))} |`);
  console.log(`| author, every word of the reference in the byline | ${share(withA, (p, t) => authorMatches(p.author, t.author ?? ''))} |`);
  console.log(`| a byline where the reference has no author | ${share(noA, (p) => p.author !== undefined && p.author !== '')} |`);
  console.log(`| published date, same day | ${share(withD, (p, t) => p.published?.slice(0, 10) === t.date?.slice(0, 10))} |`);
  console.log(`| a date where the reference has none | ${share(noD, (p) => p.published !== undefined)} |`);
}

function pageTypeTable(pages: PageOut[]): void {
  if (!pages.some((p) => p.pageType)) return;
  console.log('\npage-type classifier (rows: reference type; right / pages):');
  for (const type of TYPES) {
    const of = pages.filter((p) => p.type === type);
    const got = new Map<string, number>();
    for (const p of of) got.set(p.pageType ?? '-', (got.get(p.pageType ?? '-') ?? 0) + 1);
    const right = got.get(type) ?? 0;
    const spread = [...got].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`  ${type.padEnd(13)} ${f3(right / (of.length || 1))}  (${spread})`);
  }
  const right = pages.filter((p) => p.pageType === p.type).length;
  console.log(`  overall       ${f3(right / (pages.length || 1))}`);
}

interface Args {
  parts: Set<string>;
  readability: boolean;
  fallback: boolean;
  type: string | undefined;
  limit: number;
  json: string | undefined;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const parts = new Set(argv.filter((a) => ['html', 'text', 'concat', 'speed'].includes(a)));
  return {
    parts: parts.size ? parts : new Set(['html', 'text', 'concat', 'speed']),
    readability: argv.includes('--readability'),
    fallback: !argv.includes('--no-fallback'),
    type: value('--type'),
    limit: Number(value('--limit') ?? Infinity),
    json: value('--json'),
  };
}

async function runPages(truths: Truth[], kind: 'html' | 'text', fallback: boolean): Promise<{ pages: PageOut[]; seconds: number }> {
  const pages: PageOut[] = [];
  let ms = 0;
  for (const t of truths) {
    const file = kind === 'html' ? path.join(WCXB, 'html', `${t.id}.html.gz`) : path.join(WCXB, 'text', `${t.id}.txt`);
    const raw = readFileSync(file);
    const input = kind === 'html' ? gunzipSync(raw) : raw;
    const t0 = performance.now();
    pages.push(await cleanPage(t, input, kind, fallback));
    ms += performance.now() - t0;
  }
  return { pages, seconds: ms / 1000 };
}

async function readabilityPages(truths: Truth[]): Promise<PageOut[]> {
  const out: PageOut[] = [];
  for (let i = 0; i < truths.length; i += 100) {
    const batch = truths.slice(i, i + 100);
    const job: WcxbReadabilityJob = { dir: WCXB, items: batch.map((t) => ({ id: t.id, url: t.url })) };
    const texts = await new Promise<Map<string, string>>((resolve, reject) => {
      const w = new Worker(new URL('./wcxb-readability-worker.js', import.meta.url), { workerData: job });
      let got = new Map<string, string>();
      w.once('message', (m: [string, string][]) => (got = new Map(m)));
      w.once('error', reject);
      w.once('exit', () => resolve(got));
    });
    for (const t of batch) {
      const score = wordF1(texts.get(t.id) ?? '', t.body);
      const refWords = words(t.body).length;
      out.push({ id: t.id, type: t.type, score, lost: refWords >= 100 && words(texts.get(t.id) ?? '').length < 0.2 * refWords, warned: false });
    }
  }
  return out;
}

async function runConcat(): Promise<void> {
  const dir = path.join(WCXB, 'concat');
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, { main: string; appended: string }>;
  const controls = JSON.parse(readFileSync(path.join(dir, 'controls.json'), 'utf8')) as string[];
  const truth = new Map(loadTruth().map((t) => [t.id, t]));
  let cut = 0;
  let returned = 0;
  const matches = [];
  const names = Object.keys(gold).sort();
  for (const name of names) {
    const pair = gold[name] as { main: string; appended: string };
    const a = truth.get(pair.main)?.body ?? '';
    const b = truth.get(pair.appended)?.body ?? '';
    let r: CleanResult | undefined;
    try {
      r = await clean(readFileSync(path.join(dir, `${name}.txt`)), { kind: 'text' });
    } catch {
      r = undefined;
    }
    const main = r ? mainStory(r) : undefined;
    const body = main?.body ?? '';
    matches.push(shingleMatch(a, body));
    if (shingleShare(b, body) < 0.1) cut++;
    if (r?.stories.some((s) => s.role === 'appended' && shingleShare(b, s.body) > 0.5)) returned++;
  }
  const split = async (file: string): Promise<boolean> => {
    try {
      return (await clean(readFileSync(file), { kind: 'text' })).stories.some((s) => s.role === 'appended');
    } catch {
      return false;
    }
  };
  let controlSplits = 0;
  for (const id of controls) if (await split(path.join(WCXB, 'text', `${id}.txt`))) controlSplits++;
  let trafSplits = 0;
  let trafDumps = 0;
  const trafText = path.join(TRAF, 'text');
  if (existsSync(trafText)) {
    for (const f of readdirSync(trafText).sort()) {
      trafDumps++;
      if (await split(path.join(trafText, f))) trafSplits++;
    }
  }
  const s = shingleScore(matches);
  console.log(`\n## concat: ${names.length} joined pairs, ${controls.length} controls`);
  console.log(`| measure | declutter |`);
  console.log(`|---|---:|`);
  console.log(`| appended story cut off the main body (< 10% of its shingles left) | ${pct(cut / names.length)} |`);
  console.log(`| returned as an appended story (> 50% of its shingles) | ${pct(returned / names.length)} |`);
  console.log(`| main-story shingle F1 (P ${f3(s.p)}, R ${f3(s.r)}) | ${f3(s.f1)} |`);
  console.log(`| false split, single-page controls | ${pct(controlSplits / controls.length)} (${controlSplits}) |`);
  if (trafDumps) console.log(`| false split, trafilatura dev dumps | ${pct(trafSplits / trafDumps)} (${trafSplits} of ${trafDumps}) |`);
}

const SPEED_PAGES = 200;
const SPEED_ROUNDS = 3;

/**
 * Pages per second of both paths on the same pages: one warm-up pass, then rounds in which each
 * page is cleaned as HTML and as its text dump back to back (the order flips every round), so
 * both paths see the same machine load. Indicative only on a busy machine.
 */
async function runSpeed(truths: Truth[]): Promise<void> {
  const pages = truths.slice(0, SPEED_PAGES).map((t) => ({
    url: t.url || undefined,
    html: gunzipSync(readFileSync(path.join(WCXB, 'html', `${t.id}.html.gz`))),
    text: readFileSync(path.join(WCXB, 'text', `${t.id}.txt`)),
  }));
  const timed = async (input: Uint8Array, kind: 'html' | 'text', url: string | undefined): Promise<number> => {
    const t0 = performance.now();
    try {
      await clean(input, { kind, url });
    } catch {
      // a failed page still took its time
    }
    return performance.now() - t0;
  };
  for (const p of pages) {
    await timed(p.html, 'html', p.url);
    await timed(p.text, 'text', p.url);
  }
  let html = 0;
  let text = 0;
  for (let round = 0; round < SPEED_ROUNDS; round++) {
    for (const p of pages) {
      if (round % 2 === 0) html += await timed(p.html, 'html', p.url);
      text += await timed(p.text, 'text', p.url);
      if (round % 2 === 1) html += await timed(p.html, 'html', p.url);
    }
  }
  const n = pages.length * SPEED_ROUNDS;
  const rate = (ms: number): number => n / (ms / 1000);
  console.log(`\n## speed: ${pages.length} pages x ${SPEED_ROUNDS} rounds, HTML and text dump of each page back to back`);
  console.log(`HTML path ${rate(html).toFixed(0)} pages/s, text path ${rate(text).toFixed(0)} pages/s: text ${(rate(text) / rate(html)).toFixed(2)}x the HTML path's pages/s`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let truths = loadTruth();
  if (args.type) truths = truths.filter((t) => t.type === args.type);
  truths = truths.slice(0, args.limit);
  const truth = new Map(truths.map((t) => [t.id, t]));
  const dump: Record<string, PageOut[]> = {};
  if (args.parts.has('html')) {
    const { pages, seconds } = await runPages(truths, 'html', args.fallback);
    dump.html = pages;
    const columns = new Map<string, PageOut[]>([["declutter", pages]]);
    if (args.readability) columns.set('Readability.js', await readabilityPages(truths));
    console.log(`## HTML: ${pages.length} pages in ${seconds.toFixed(1)} s (${(pages.length / seconds).toFixed(0)} pages/s), body word F1, fallback ${args.fallback ? 'on' : 'off'}`);
    typeTable('html', columns, [...columns.keys()]);
    console.log(lostLine(pages));
    console.log('\n### metadata, HTML, main story');
    metadataTable(truth, pages);
    pageTypeTable(pages);
  }
  if (args.parts.has('text')) {
    const { pages, seconds } = await runPages(truths, 'text', args.fallback);
    dump.text = pages;
    console.log(`\n## text dumps: ${pages.length} pages in ${seconds.toFixed(1)} s (${(pages.length / seconds).toFixed(0)} pages/s), body word F1`);
    typeTable('text', new Map([['declutter', pages]]), ['declutter']);
    console.log(lostLine(pages));
    const articles = pages.filter((p) => p.type === 'article' && truth.get(p.id)?.title);
    const right = articles.filter((p) => sameWords(p.title, truth.get(p.id)?.title ?? '')).length;
    console.log(`title, same words, article dumps: ${f3(right / (articles.length || 1))} (${articles.length} pages)`);
    console.log('\n### metadata, text dumps, main story');
    metadataTable(truth, pages);
  }
  if (args.parts.has('speed')) await runSpeed(truths);
  if (args.parts.has('concat') && !args.type && args.limit === Infinity) await runConcat();
  if (args.json) writeFileSync(args.json, JSON.stringify(dump, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
