import { Buffer } from 'node:buffer';
import { CP1252_HIGH } from './sniff.js';

/**
 * UTF-8 text that was once read as windows-1252 (or Latin-1) and saved as UTF-8 again: "itâ€™s",
 * "cafÃ©", "â\u0080\u0094" for "—". Each such run is one character's UTF-8 bytes, each byte shown
 * as the character windows-1252 gives it. The runs are read back as UTF-8 only when every run in
 * the document reads back as a valid character; a document where one does not is left as it is
 * (its "Ã©" may be meant, and half a repair is worse than none).
 */

/** windows-1252's characters for the bytes 0x80-0x9F, back to their bytes. */
const CP1252_BYTE = new Map<string, number>([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));
const CONTINUATION = `\\u0080-\\u00bf${[...CP1252_HIGH].filter((ch) => ch > '\u00bf').join('')}`;
/**
 * A lead character (the windows-1252 reading of a UTF-8 lead byte) and its continuation characters.
 * Three- and four-byte runs ("â€™") never occur in text as meant; a two-byte run is one only with
 * the lead "Â" or "Ã" ("Ã©", "Â®") or a C1 control after it, never used in text: "Rosa × sp.",
 * "NESCAFÉ®" or "ß’" are meant as written.
 */
const RUN = new RegExp(`[\\u00c2\\u00c3][${CONTINUATION}]|[\\u00c4-\\u00df][\\u0080-\\u009f]|[\\u00e0-\\u00ef][${CONTINUATION}]{2}|[\\u00f0-\\u00f4][${CONTINUATION}]{3}`, 'gu');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Byte 0xC3 opens the UTF-8 form of every lead character (U+00C0-U+00FF). */
const LEAD_BYTE = 0xc3;

/**
 * Whether valid UTF-8 bytes may hold a run (a cheap look at the bytes, so that a page without
 * one is never decoded here): a lead character followed by as many continuation characters as
 * its byte announces.
 */
export function mayHoldMojibake(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.indexOf(LEAD_BYTE); i >= 0; i = buf.indexOf(LEAD_BYTE, i + 2)) {
    const lead = buf[i + 1] ?? 0;
    // Â Ã: one continuation; Ä-ß: one C1 control; à-ï: two; ð-ô: three.
    const wanted = lead === 0x82 || lead === 0x83 ? 1 : lead >= 0x84 && lead <= 0x9f ? 1 : lead >= 0xa0 && lead <= 0xaf ? 2 : lead >= 0xb0 && lead <= 0xb4 ? 3 : 0;
    let at = i + 2;
    let found = 0;
    while (found < wanted) {
      const size = continuationBytes(buf, at, lead >= 0x84 && lead <= 0x9f);
      if (size === 0) break;
      at += size;
      found++;
    }
    if (wanted > 0 && found === wanted) return true;
  }
  return false;
}

/**
 * The UTF-8 length of the continuation character at `at` (U+0080-U+00BF, or one of windows-1252's
 * letters and punctuation, written with lead byte C5, C6, CB or E2), else 0.
 */
function continuationBytes(buf: Buffer, at: number, controlOnly: boolean): number {
  const b = buf[at];
  const next = buf[at + 1] ?? 0;
  if (b === 0xc2) return next >= 0x80 && next <= (controlOnly ? 0x9f : 0xbf) ? 2 : 0;
  if (controlOnly) return 0;
  if (b === 0xc5 || b === 0xc6 || b === 0xcb) return 2;
  return b === 0xe2 ? 3 : 0;
}

/**
 * The text with every run read back as UTF-8 and how many runs there were. The text unchanged
 * when any run is no valid UTF-8, or when the document's other non-ASCII characters outnumber the
 * runs: a page written in a language with accents that shows one odd pair ("déterminé” »" with
 * a no-break space reads as a CJK character) or quotes a mojibake example is meant as written.
 */
export function repairMojibake(text: string): { text: string; runs: number } {
  let runs = 0;
  let covered = 0;
  let broken = false;
  const repaired = text.replace(RUN, (run) => {
    const bytes = Uint8Array.from([...run], (ch) => CP1252_BYTE.get(ch) ?? ch.charCodeAt(0));
    try {
      const ch = STRICT_UTF8.decode(bytes);
      runs++;
      covered += run.length;
      return ch;
    } catch {
      broken = true;
      return run;
    }
  });
  if (broken || runs === 0 || nonAscii(text) - covered > runs) return { text, runs: 0 };
  return { text: repaired, runs };
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}
