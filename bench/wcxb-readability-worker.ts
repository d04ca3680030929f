/**
 * @mozilla/readability on jsdom over a batch of WCXB pages for bench/wcxb.ts: the article's
 * textContent without its title (the benchmark scores the body only). A worker per batch, as jsdom
 * keeps memory after window.close().
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { decode } from '../src/input/decode.js';

export interface WcxbReadabilityJob {
  dir: string;
  items: { id: string; url: string }[];
}

const { JSDOM, VirtualConsole } = await import('jsdom');
const { Readability } = await import('@mozilla/readability');

const job = workerData as WcxbReadabilityJob;
const out: [string, string][] = [];
for (const { id, url } of job.items) {
  let text = '';
  try {
    const html = decode(gunzipSync(readFileSync(path.join(job.dir, 'html', `${id}.html.gz`)))).text;
    const dom = new JSDOM(html, { url: url || 'https://example.com/', virtualConsole: new VirtualConsole() });
    try {
      text = new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  } catch {
    text = '';
  }
  out.push([id, text]);
}
parentPort?.postMessage(out);
