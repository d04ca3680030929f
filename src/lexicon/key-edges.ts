import { keyCharOf, SKIPPED, UNDECIDED } from './features.js';

/**
 * Keys (features' normKey and shapeKey) compared by their edges before they are made: two lines
 * whose first or last letters differ have different keys, and most lines compared so differ there.
 */

/**
 * The character normKey (`shape`: shapeKey) of `text` starts with (`last`: ends with), read off the
 * text's edge: past the Latin-1 and general punctuation characters that are no letter or digit
 * (the key drops them), the first letter or digit met, when it is Latin-1, lower-cased (a digit
 * 0 in a shape key) is the key's edge: toLowerCase maps each of these characters to one
 * character, in simple text or not. -1 when the edge does not decide it (another character
 * first, or no letter or digit at all).
 */
function keyEdge(text: string, shape: boolean, last: boolean): number {
  const n = text.length;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(last ? n - 1 - k : k);
    const key = keyCharOf(c);
    if (key === SKIPPED) continue;
    if (key === UNDECIDED) return -1;
    return shape && c >= 48 && c <= 57 ? 48 : key;
  }
  return -1;
}

/**
 * False only when normKey(a) !== normKey(b) (`shape`: shapeKey), told by the texts' edges
 * (keyEdge): lines are compared by key without making their keys, most of which differ at an
 * edge. True says only "maybe": the keys are compared next.
 */
export function mayShareKey(a: string, b: string, shape = false): boolean {
  const x = keyEdge(a, shape, false);
  const y = keyEdge(b, shape, false);
  if (x >= 0 && y >= 0 && x !== y) return false;
  const u = keyEdge(a, shape, true);
  const v = keyEdge(b, shape, true);
  return !(u >= 0 && v >= 0 && u !== v);
}

/** False only when normKey(text) !== key, told by the text's edges (as mayShareKey). */
export function mayHaveKey(text: string, key: string): boolean {
  const x = keyEdge(text, false, false);
  if (x >= 0 && x !== key.charCodeAt(0)) return false;
  const u = keyEdge(text, false, true);
  return !(u >= 0 && u !== key.charCodeAt(key.length - 1));
}

/**
 * Keys (normKey) gathered to look lines up by: `mayHold(text)` is false only when the text's key is
 * none of them, told by its edges (keyEdge) where those decide the key's. A line so ruled out
 * need not have its key made. A decided edge is a Latin-1 character: only keys whose edge is one
 * can have it.
 */
export class KeyEdges {
  private readonly firsts = new Set<number>();
  private readonly lasts = new Set<number>();
  /** first * 0x100 + last, of each key whose both edges are Latin-1 */
  private readonly pairs = new Set<number>();

  add(key: string): void {
    const first = key.charCodeAt(0);
    const last = key.charCodeAt(key.length - 1);
    if (first < 0x100) this.firsts.add(first);
    if (last < 0x100) this.lasts.add(last);
    if (first < 0x100 && last < 0x100) this.pairs.add(first * 0x100 + last);
  }

  mayHold(text: string): boolean {
    const x = keyEdge(text, false, false);
    if (x >= 0 && !this.firsts.has(x)) return false;
    const u = keyEdge(text, false, true);
    if (u < 0) return true;
    return x < 0 ? this.lasts.has(u) : this.pairs.has(x * 0x100 + u);
  }
}
