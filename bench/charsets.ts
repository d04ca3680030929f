/**
 * How each page of the HTML dev set is decoded: encoding, how it was chosen, what the page
 * declared, and a snippet of its non-ASCII text, so the non-UTF-8 pages can be checked by eye.
 * Also counts tell-tale mojibake ("Ã¤", "â€™") and U+FFFD in every decoded page.
 * Usage: node dist/bench/charsets.js [--data DIR] [--all]   (--all lists every page, not only non-UTF-8)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from '../src/input/decode.js';
import { guessLegacy } from '../src/input/sniff.js';

const DEFAULT_DATA = path.resolve(import.meta.dirname, '../../../shared/bench-data/trafilatura-eval');
/** UTF-8 read as windows-1252: "Ã" or "Â" or "â€" followed by the continuation byte's character. */
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152-\u017e\u02c6\u02dc\u2122\u20ac]|â€[\u0080-\u00bf\u2018-\u203a\u0153\u2122]/g;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Words with non-ASCII letters from the visible text, for an eyeball check. */
function sample(text: string): string {
  const visible = text.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  const words = visible.match(/\S*[^\x00-\x7f\s]\S*/g) ?? [];
  return [...new Set(words)].slice(0, 8).join(' ').slice(0, 110);
}

function main(): void {
  const dir = path.join(arg('--data') ?? process.env.DECLUTTER_EVAL ?? DEFAULT_DATA, 'html');
  const all = process.argv.includes('--all');
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const byVia = new Map<string, number>();
  let mojibakePages = 0;
  let replacementPages = 0;
  let ms = 0;
  const sniffCheck = { agree: 0, pages: 0, disagree: [] as string[] };
  for (const file of files) {
    const bytes = readFileSync(path.join(dir, file));
    const t0 = performance.now();
    const d = decode(bytes);
    ms += performance.now() - t0;
    if (d.encoding !== 'utf-8') {
      // Would the guess alone (no declaration) have found the same legacy encoding?
      const guess = guessLegacy(bytes).encoding;
      sniffCheck.pages++;
      if (guess === d.encoding) sniffCheck.agree++;
      else sniffCheck.disagree.push(`${file} (${d.encoding}, guessed ${guess})`);
    }
    const key = `${d.encoding} via ${d.via}`;
    byVia.set(key, (byVia.get(key) ?? 0) + 1);
    const mojibake = d.text.match(MOJIBAKE)?.length ?? 0;
    const fffd = d.text.split('\ufffd').length - 1;
    if (mojibake > 0) mojibakePages++;
    if (fffd > 0) replacementPages++;
    const notable = d.encoding !== 'utf-8' || !['utf-8', 'declared'].includes(d.via) || d.warning !== undefined;
    const declaredOther = d.declared !== undefined && d.declared !== 'utf-8';
    if (all || notable || declaredOther || mojibake > 2 || fffd > 0) {
      const flags = [d.declared ? `declared=${d.declared}` : 'undeclared', mojibake ? `mojibake=${mojibake}` : '', fffd ? `U+FFFD=${fffd}` : '']
        .filter(Boolean)
        .join(' ');
      console.log(`${file.slice(0, 48).padEnd(48)} ${d.encoding.padEnd(12)} ${d.via.padEnd(9)} ${flags}`);
      console.log(`    ${sample(d.text)}`);
      if (d.warning) console.log(`    warning: ${d.warning}`);
    }
  }
  console.log(`\n${files.length} pages decoded in ${ms.toFixed(0)} ms (${((ms / files.length) * 1000).toFixed(0)} µs/page)`);
  for (const [k, n] of [...byVia].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
  console.log(`pages with mojibake sequences: ${mojibakePages}; pages with U+FFFD: ${replacementPages}`);
  console.log(`legacy pages where sniffing alone finds the same encoding: ${sniffCheck.agree}/${sniffCheck.pages}`);
  for (const d of sniffCheck.disagree) console.log(`  ${d}`);
}

main();
