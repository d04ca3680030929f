/**
 * Runs @mozilla/readability on jsdom over a batch of pages for bench/accuracy.ts. A worker per
 * batch: jsdom keeps memory after window.close(), and one process over all 990 pages runs out of
 * heap (4 GB), so each batch gets a fresh heap.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { decode } from '../src/input/decode.js';

export interface ReadabilityJob {
  data: string;
  items: { file: string; url: string }[];
}

export interface ReadabilityOutput {
  file: string;
  output: string;
}

const { JSDOM, VirtualConsole } = await import('jsdom');
const { Readability } = await import('@mozilla/readability');

function run(html: string, url: string): string {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document).parse();
    if (!article) return '';
    return [article.title ?? '', article.textContent ?? ''].filter((s) => s.trim() !== '').join('\n\n');
  } finally {
    dom.window.close();
  }
}

const job = workerData as ReadabilityJob;
const results: ReadabilityOutput[] = [];
for (const { file, url } of job.items) {
  let output = '';
  try {
    output = run(decode(readFileSync(path.join(job.data, 'html', file))).text, url);
  } catch {
    output = '';
  }
  results.push({ file, output });
}
parentPort?.postMessage(results);
