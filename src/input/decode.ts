import { Buffer, isUtf8 } from 'node:buffer';
import { DeclutterError } from '../types.js';
import { mayHoldMojibake, repairMojibake } from './mojibake.js';
import { decodeAs, guessLegacy } from './sniff.js';

/**
 * Bytes to string, in this order:
 * 1. a byte-order mark (UTF-8, UTF-16LE/BE), or UTF-16 recognised by its NUL pattern;
 * 2. binary input (file signatures, control bytes) is refused with `binary-input`;
 * 3. valid UTF-8 that uses multi-byte sequences is UTF-8, whatever the page declares (a page
 *    declaring iso-8859-1 over UTF-8 bytes would otherwise come out as "Ã¤"); text that was
 *    encoded to UTF-8 twice ("â€™") is read back once more when every such run agrees (input/mojibake);
 * 4. the charset the page declares (`<meta charset>`, `http-equiv` content-type, an XML
 *    declaration) when the bytes fit it;
 * 5. mostly-valid UTF-8 with a few broken bytes stays UTF-8 (the broken bytes become U+FFFD);
 * 6. otherwise a guess among legacy encodings (input/sniff), windows-1252 on a tie.
 * A declaration naming an unknown charset is ignored, never fatal.
 */
export interface Decoded {
  /** the text (from valid UTF-8 bytes, decoded on first use: see `utf8`) */
  readonly text: string;
  /**
   * The input bytes, when they are valid UTF-8 and `text` is exactly their decoding: the markup
   * pre-pass (html/limits) works on them and decodes only what it keeps, so the 40% of a page it
   * cuts (scripts, styles) is never decoded.
   */
  readonly utf8?: Uint8Array;
  /** the WHATWG encoding name used */
  encoding: string;
  /** how it was chosen */
  via: 'bom' | 'declared' | 'utf-8' | 'sniffed' | 'fallback' | 'string';
  /** the encoding the page declared, when it declared a known one (even if not used) */
  declared?: string;
  /** why the result may be imperfect (a lying declaration, broken bytes) */
  warning?: string;
}

/** Declarations after this many bytes are not looked for (a few pages put 50 KB of script first). */
const DECLARATION_WINDOW = 64 * 1024;
const BINARY_PROBE = 8192;
/** Share of control bytes above which input is not text; real HTML has (almost) none. */
const BINARY_CONTROL_SHARE = 0.02;
/** Mostly-UTF-8: at least this many valid multi-byte sequences per invalid byte. */
const UTF8_MAJORITY = 4;

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i;
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;
const HEAD_END = /<\/head\s*>|<body[\s>]/i;

/** File signatures of formats people feed to scrapers by mistake. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x42, 0x5a, 0x68], // bzip2
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV)
  [0x00, 0x00, 0x00], // MP4 and friends start with a box size
];

function bomOf(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII-range text leaves every other byte NUL. */
function utf16ByNuls(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.2 && even < odd * 0.1) return 'utf-16le';
  if (even > pairs * 0.2 && odd < even * 0.1) return 'utf-16be';
  return null;
}

function tryDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * The charset a page declares before its body, when it names one TextDecoder knows; 'utf-8' for a
 * UTF-16 declaration in an ASCII-compatible byte stream (the HTML spec's rule: it is lying).
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Every declaration opens with "<": a window without one (a text dump) is not copied to a string.
  if (bytes.subarray(0, DECLARATION_WINDOW).indexOf(0x3c) < 0) return null;
  // Buffer's latin1 is ~10x faster than TextDecoder's here, and any byte-preserving view will do.
  let head = asBuffer(bytes).toString('latin1', 0, DECLARATION_WINDOW);
  const end = HEAD_END.exec(head);
  if (end) head = head.slice(0, end.index);
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  // 'x-user-defined' in a <meta> means windows-1252 (HTML spec); TextDecoder may not know it.
  if (label.toLowerCase() === 'x-user-defined') return 'windows-1252';
  const decoder = tryDecoder(label);
  if (!decoder) return null;
  return decoder.encoding.startsWith('utf-16') ? 'utf-8' : decoder.encoding;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  const n = Math.min(bytes.length, BINARY_PROBE);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    // Tab, LF, VT, FF, CR and ESC (ISO-2022 shifts) occur in text; other controls do not.
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) bad++;
  }
  return bad / n > BINARY_CONTROL_SHARE;
}

/** Valid UTF-8 multi-byte sequences, and the positions of invalid bytes (lead bytes that start no valid sequence). */
function utf8Stats(bytes: Uint8Array): { multi: number; invalid: number[] } {
  let multi = 0;
  const invalid: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const extra = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    let ok = extra > 0;
    for (let k = 1; ok && k <= extra; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      multi++;
      i += extra + 1;
    } else {
      invalid.push(i);
      i++;
    }
  }
  return { multi, invalid };
}

const LETTER = /\p{L}/u;

/**
 * UTF-8 with a few stray bytes: pages often paste a windows-1252 word into UTF-8 ("K\xfcchen").
 * A stray byte whose windows-1252 reading is a letter between two letters becomes that letter;
 * any other (a sequence cut short, say) becomes U+FFFD as browsers show it.
 */
function repairUtf8(bytes: Uint8Array, invalid: readonly number[]): string {
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  let from = 0;
  for (const at of invalid) {
    parts.push(utf8.decode(bytes.subarray(from, at)));
    parts.push(decodeAs('windows-1252', bytes.subarray(at, at + 1)));
    from = at + 1;
  }
  parts.push(utf8.decode(bytes.subarray(from)));
  for (let k = 1; k < parts.length; k += 2) {
    const before = (parts[k - 1] ?? '').slice(-1);
    const after = (parts[k + 1] ?? '').charAt(0);
    const ch = parts[k] ?? '';
    if (!(LETTER.test(ch) && LETTER.test(before) && LETTER.test(after))) parts[k] = '\ufffd';
  }
  return parts.join('');
}

/** A Buffer view of the same memory (no copy). */
export const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Valid UTF-8 bytes, decoded only if a stage asks for the text (isUtf8 + Buffer is the fastest pair on Node 20). */
function lazyUtf8(bytes: Uint8Array, fields: Omit<Decoded, 'text' | 'utf8'>): Decoded {
  return new LazyUtf8(bytes, fields);
}

/**
 * A Decoded whose text is decoded on first use and kept in a private field. Not an object literal
 * with a getter over a closure's variable: there, V8 kept every page's decoded text alive through
 * two young-generation collections into the old one (measured: nine tenths of the bytes decoded
 * were promoted, a quarter of all the text path promoted), where only a full collection frees it.
 */
class LazyUtf8 implements Decoded {
  declare encoding: string;
  declare via: Decoded['via'];
  readonly utf8: Uint8Array;
  #text: string | undefined;

  constructor(bytes: Uint8Array, fields: Omit<Decoded, 'text' | 'utf8'>) {
    Object.assign(this, fields);
    this.utf8 = bytes;
  }

  get text(): string {
    return (this.#text ??= asBuffer(this.utf8).toString('utf8'));
  }
}

/** The first `chars` characters of the text (without decoding all of it when it is still bytes). */
export function headOf(d: Decoded, chars: number): string {
  // Each character takes at most 4 bytes, so 4 × chars bytes decode to at least `chars` whole ones.
  if (d.utf8 && d.utf8.byteLength > chars * 4) return asBuffer(d.utf8).toString('utf8', 0, chars * 4).slice(0, chars);
  return d.text.slice(0, chars);
}

/** Nothing but whitespace (as String.prototype.trim sees it). */
export function isBlankText(d: Decoded): boolean {
  return d.utf8 ? isBlankUtf8(d.utf8) : d.text.trim() === '';
}

/**
 * UTF-8 bytes that hold nothing but whitespace as String.prototype.trim sees it, read on the bytes
 * while they are ASCII; Unicode whitespace (no-break spaces, BOMs…) is rare enough to decode for.
 */
export function isBlankUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    return b < 0x80 ? false : asBuffer(bytes).toString('utf8').trim() === '';
  }
  return true;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') return { text: input, encoding: 'utf-8', via: 'string' };
  const bom = bomOf(input);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(input.subarray(bom.skip)), encoding: bom.encoding, via: 'bom' };
  }
  const utf16 = utf16ByNuls(input);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(input);
    // Binary data can have the same NUL rhythm; real UTF-16 text has no stray controls.
    if (!CONTROL_CHARS.test(text.slice(0, BINARY_PROBE))) return { text, encoding: utf16, via: 'sniffed' };
  }
  if (looksBinary(input)) {
    throw new DeclutterError('binary-input', 'input looks binary (a file signature or control bytes in the first 8 KiB), not a text or HTML document');
  }
  const declared = declaredCharset(input) ?? undefined;
  const tag = declared ? { declared } : {};
  if (isUtf8(input)) {
    if (mayHoldMojibake(input)) {
      const repaired = fromDoubleEncoded(input, declared);
      if (repaired) return repaired;
    }
    if (!declared || declared === 'utf-8') return lazyUtf8(input, { encoding: 'utf-8', via: declared ? 'declared' : 'utf-8', ...tag });
    if (hasHighBytes(input)) {
      const warning = `page declares ${declared} but its bytes are valid UTF-8: read as UTF-8`;
      return lazyUtf8(input, { encoding: 'utf-8', via: 'sniffed', ...tag, warning });
    }
  }
  if (declared && declared !== 'utf-8') return fromDeclared(input, declared);
  return fromBrokenUtf8(input, declared);
}

/** Valid UTF-8 whose text was encoded twice ("itâ€™s"): read back once more (input/mojibake), when every run agrees. */
function fromDoubleEncoded(input: Uint8Array, declared: string | undefined): Decoded | undefined {
  const { text, runs } = repairMojibake(asBuffer(input).toString('utf8'));
  if (runs === 0) return undefined;
  const warning = `${runs} character(s) of double-encoded UTF-8 ("â€™" for "’") read back as UTF-8`;
  return { text, encoding: 'utf-8', via: 'utf-8', ...(declared ? { declared } : {}), warning };
}

/** A declared legacy charset: used when the bytes fit it, else the best guess. */
function fromDeclared(input: Uint8Array, declared: string): Decoded {
  const text = decodeAs(declared, input);
  if (!text.includes('\ufffd') || fitsStrictly(declared, input)) return { text, encoding: declared, via: 'declared', declared };
  // Single-byte decoders rarely fail; a multi-byte one failing means the declaration is wrong.
  const guess = guessLegacy(input, declared);
  if (guess.encoding === declared) return { text, encoding: declared, via: 'declared', declared, warning: `some bytes are not valid ${declared}` };
  const warning = `page declares ${declared} but its bytes read better as ${guess.encoding}`;
  return { text: decodeAs(guess.encoding, input), encoding: guess.encoding, via: 'sniffed', declared, warning };
}

function fitsStrictly(label: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Declared UTF-8 (or nothing) over bytes that are not valid UTF-8. */
function fromBrokenUtf8(input: Uint8Array, declared: string | undefined): Decoded {
  const tag = declared ? { declared } : {};
  const { multi, invalid } = utf8Stats(input);
  if (multi >= invalid.length * UTF8_MAJORITY) {
    const warning = `${invalid.length} invalid UTF-8 byte(s) among ${multi} valid multi-byte sequences: read as windows-1252 letters inside words, else U+FFFD`;
    return { text: repairUtf8(input, invalid), encoding: 'utf-8', via: declared ? 'declared' : 'utf-8', ...tag, warning };
  }
  const guess = guessLegacy(input);
  const text = decodeAs(guess.encoding, input);
  const via = guess.encoding === 'windows-1252' ? 'fallback' : 'sniffed';
  const warning = declared ? `page declares ${declared} but is not UTF-8 (${invalid.length} invalid bytes): read as ${guess.encoding}` : undefined;
  return { text, encoding: guess.encoding, via, ...tag, ...(warning ? { warning } : {}) };
}
