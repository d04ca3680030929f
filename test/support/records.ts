import { textDump } from './dumps.js';

/** An article page written for these tests: chrome around a few paragraphs of prose. */
export function articleHtml(i: number): string {
  const para = (n: number): string =>
    `<p>Paragraph ${n} of story ${i}: the harbour authority said on Monday that the new ferry line would ` +
    `start in spring, after two years of planning and a long argument about the cost of the pier.</p>`;
  return (
    `<html><head><title>Ferry story ${i}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
    `<article><h1>Ferry story ${i}</h1>${[1, 2, 3, 4].map(para).join('')}</article>` +
    `<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>`
  );
}


export type Bad = 'truncated' | 'no-page' | 'empty';

/** The acceptance stream: 400 records, bad ones mixed in at fixed positions. */
export function acceptanceStream(): { lines: string[]; bad: Map<number, Bad> } {
  const lines: string[] = [];
  const bad = new Map<number, Bad>();
  for (let i = 0; i < 400; i++) {
    if (i % 23 === 5) {
      bad.set(i, 'truncated');
      lines.push(JSON.stringify({ id: `r${i}`, html: articleHtml(i) }).slice(0, 60));
    } else if (i % 29 === 7) {
      bad.set(i, 'no-page');
      lines.push(JSON.stringify({ id: `r${i}`, url: `https://news.example/${i}` }));
    } else if (i % 31 === 11) {
      bad.set(i, 'empty');
      lines.push(JSON.stringify({ id: `r${i}`, html: '' }));
    } else if (i % 2 === 0) {
      lines.push(JSON.stringify({ id: `r${i}`, url: `https://news.example/${i}`, html: articleHtml(i) }));
    } else {
      lines.push(JSON.stringify({ id: `r${i}`, text: textDump(`budget ${i}`) }));
    }
  }
  return { lines, bad };
}

export interface OutRecord {
  id: string | null;
  url?: string | null;
  ok: boolean;
  line?: number;
  stories?: Array<{ body: string }>;
  removed?: unknown[];
  error?: { code: string; message: string };
}

export function parseRecords(stdout: string): OutRecord[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as OutRecord);
}
