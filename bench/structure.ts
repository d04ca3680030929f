/**
 * How much of a page's structure declutter's Markdown keeps, against WCXB's reference Markdown
 * (`main_content_markdown` in ../shared/bench-data/wcxb-dev/ground-truth; override with
 * DECLUTTER_WCXB=DIR). Both are read by the same CommonMark parser (markdown-it + GFM tables);
 * per kind — headings, list items, table rows, code blocks — the elements are matched by their
 * text (case, spacing and punctuation aside) as multisets: recall = matched / reference,
 * precision = matched / ours; for matched headings also how often the level agrees. A second
 * part checks the round trip: our Markdown parsed back against our typed content.
 * Usage: node dist/bench/structure.js [--limit N] [--type T]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean, renderMarkdown } from '../src/index.js';
import { bodyOnly, contentStructure, markdownStructure, structureDiff, type Structure } from '../test/support/markdown-structure.js';

const WCXB = process.env.DECLUTTER_WCXB ?? path.resolve(import.meta.dirname, '../../../shared/bench-data/wcxb-dev');
const KINDS = ['headings', 'items', 'rows', 'code'] as const;
type Kind = (typeof KINDS)[number];

interface Tally {
  ref: number;
  ours: number;
  matched: number;
  pagesWithRef: number;
}

interface Truth {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth?: { main_content_markdown?: string | null };
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Headings keyed without their level ("2 Title" → "title"); the level is compared apart. */
function keysOf(s: Structure, kind: Kind): string[] {
  const items = kind === 'headings' ? s.headings.map((h) => h.slice(h.indexOf(' ') + 1)) : s[kind];
  return items.map(key).filter((k) => k !== '');
}

function matchCount(ref: readonly string[], ours: readonly string[]): number {
  const bag = new Map<string, number>();
  for (const k of ours) bag.set(k, (bag.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of ref) {
    const c = bag.get(k) ?? 0;
    if (c > 0) {
      n++;
      bag.set(k, c - 1);
    }
  }
  return n;
}

function levelAgreement(ref: Structure, ours: Structure): { same: number; matched: number } {
  const levels = new Map<string, string[]>();
  for (const h of ours.headings) {
    const k = key(h.slice(h.indexOf(' ') + 1));
    levels.set(k, [...(levels.get(k) ?? []), h.slice(0, h.indexOf(' '))]);
  }
  let same = 0;
  let matched = 0;
  for (const h of ref.headings) {
    const list = levels.get(key(h.slice(h.indexOf(' ') + 1)));
    const level = list?.shift();
    if (level === undefined) continue;
    matched++;
    if (level === h.slice(0, h.indexOf(' '))) same++;
  }
  return { same, matched };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const onlyType = args.includes('--type') ? args[args.indexOf('--type') + 1] : undefined;
  const tallies = Object.fromEntries(KINDS.map((k) => [k, { ref: 0, ours: 0, matched: 0, pagesWithRef: 0 }])) as Record<Kind, Tally>;
  const levels = { same: 0, matched: 0 };
  let pages = 0;
  let roundTripDiffs = 0;
  const started = performance.now();
  const files = readdirSync(path.join(WCXB, 'ground-truth')).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) {
    if (pages >= limit) break;
    const truth = JSON.parse(readFileSync(path.join(WCXB, 'ground-truth', f), 'utf8')) as Truth;
    const refMd = truth.ground_truth?.main_content_markdown;
    const type = truth._internal?.page_type?.primary ?? 'article';
    if (!refMd || (onlyType !== undefined && type !== onlyType)) continue;
    pages++;
    const html = gunzipSync(readFileSync(path.join(WCXB, 'html', f.replace(/\.json$/, '.html.gz'))));
    const result = await clean(html, truth.url ? { url: truth.url, fallback: false } : { fallback: false });
    const story = result.stories[0];
    const ref = markdownStructure(refMd);
    const ours = story ? markdownStructure(renderMarkdown(bodyOnly(story))) : { headings: [], items: [], rows: [], code: [] };
    if (story && structureDiff(contentStructure(story.content), ours) !== null) roundTripDiffs++;
    for (const kind of KINDS) {
      const r = keysOf(ref, kind);
      const o = keysOf(ours, kind);
      const t = tallies[kind];
      t.ref += r.length;
      t.ours += o.length;
      t.matched += matchCount(r, o);
      if (r.length > 0) t.pagesWithRef++;
    }
    const l = levelAgreement(ref, ours);
    levels.same += l.same;
    levels.matched += l.matched;
  }
  const secs = (performance.now() - started) / 1000;
  console.log(`## Structure kept: ${pages} WCXB dev pages with reference Markdown${onlyType ? ` (type ${onlyType})` : ''}, ${secs.toFixed(0)} s`);
  console.log('| element | reference | ours | matched | recall | precision | pages with it |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const kind of KINDS) {
    const t = tallies[kind];
    const pct = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));
    console.log(`| ${kind} | ${t.ref} | ${t.ours} | ${t.matched} | ${pct(t.matched, t.ref)} | ${pct(t.matched, t.ours)} | ${t.pagesWithRef} |`);
  }
  console.log(`heading level agrees on ${levels.same} of ${levels.matched} matched headings (${levels.matched ? (levels.same / levels.matched).toFixed(3) : '-'})`);
  console.log(`round trip (our Markdown parsed back vs our typed content): ${roundTripDiffs} of ${pages} pages differ`);
}

await main();
