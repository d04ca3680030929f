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


/** Byte 0xC3 opens the UTF-8 form of every lead character; what follows must open a continuation character's. */
const LEAD_BYTE = 0xc3;
/** First bytes of the continuation characters' UTF-8: U+0080-U+00BF (C2), windows-1252's Œ Š Ž ƒ ˆ ˜ (C5 C6 CB), its quotes, dashes, € and ™ (E2). */
const CONTINUATION_BYTES: ReadonlySet<number> = new Set([0xc2, 0xc5, 0xc6, 0xcb, 0xe2]);

/** Whether valid UTF-8 bytes may hold such runs: a lead character (U+00C2-U+00F4) right before a continuation character. */
export function mayHoldMojibake(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.indexOf(LEAD_BYTE); i >= 0 && i + 2 < buf.length; i = buf.indexOf(LEAD_BYTE, i + 2)) {
    const second = buf[i + 1] as number;
    if (second >= 0x82 && second <= 0xb4 && CONTINUATION_BYTES.has(buf[i + 2] as number)) return true;
  }
  return false;
}

/** The text with every run read back as UTF-8 and how many runs there were; the text unchanged when any run is no valid UTF-8. */
export function repairMojibake(text: string): { text: string; runs: number } {
  let runs = 0;
  let broken = false;
  const repaired = text.replace(RUN, (run) => {
    const bytes = Uint8Array.from([...run], (ch) => CP1252_BYTE.get(ch) ?? ch.charCodeAt(0));
    try {
      const ch = STRICT_UTF8.decode(bytes);
      runs++;
      return ch;
    } catch {
      broken = true;
      return run;
    }
  });
  return broken || runs === 0 ? { text, runs: 0 } : { text: repaired, runs };
}
