import { DeclutterError } from '../types.js';

/**
 * Bytes to string: BOM first, then a charset the page declares (`<meta charset>`,
 * `http-equiv`, an XML declaration), then UTF-8 if the bytes are valid UTF-8, else windows-1252
 * (what browsers fall back to for Western pages). A declaration naming an unknown charset is
 * ignored, never fatal.
 */
export interface Decoded {
  text: string;
  /** the WHATWG encoding label used */
  encoding: string;
  /** how it was chosen */
  via: 'bom' | 'declared' | 'utf-8' | 'fallback' | 'string';
}

const SNIFF_BYTES = 4096;
const BINARY_PROBE = 8192;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i;

function bomOf(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function tryDecoder(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The charset a page declares in its first bytes, when it names one TextDecoder knows. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
  if (!label) return null;
  const decoder = tryDecoder(label);
  // A page that declares UTF-16 in an ASCII-compatible byte stream is lying (HTML spec: treat as UTF-8).
  if (!decoder || decoder.encoding.startsWith('utf-16')) return decoder ? 'utf-8' : null;
  return decoder.encoding;
}

/** Many NULs (outside UTF-16) or control bytes mean the input is not a text document. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_PROBE);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0 || (b < 9 && b !== 0) || (b > 13 && b < 32 && b !== 27)) bad++;
  }
  return bad / n > 0.1;
}

export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') return { text: input, encoding: 'utf-8', via: 'string' };
  const bom = bomOf(input);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(input.subarray(bom.skip)), encoding: bom.encoding, via: 'bom' };
  }
  if (looksBinary(input)) {
    throw new DeclutterError('binary-input', 'input looks binary (control bytes in the first 8 KiB), not a text or HTML document');
  }
  const declared = declaredCharset(input);
  if (declared && declared !== 'utf-8') {
    return { text: new TextDecoder(declared).decode(input), encoding: declared, via: 'declared' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input), encoding: 'utf-8', via: declared ? 'declared' : 'utf-8' };
  } catch {
    // Declared (or assumed) UTF-8 that is not valid UTF-8: browsers' Western fallback.
    return { text: new TextDecoder('windows-1252').decode(input), encoding: 'windows-1252', via: 'fallback' };
  }
}
