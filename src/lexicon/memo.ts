/** The per-text memos the lexicon's features share, and their release when no document is being cleaned. */

/**
 * Features are asked of the same block text many times by different stages; V8 caches a
 * string's hash, so a Map keyed by the text is a cheap memo. A memo is pure, so documents being
 * cleaned at the same time may share it; it is emptied when the last of them is done, because
 * its keys (slices of a page's text) would keep whole pages alive. The cap bounds memory within
 * one huge document; it must exceed the distinct texts of a large page, because every stage walks
 * all the blocks in order and a memo cleared each pass misses every call (BENCHMARKS.md, "Design
 * measurements"). A full memo keeps what it holds and computes the rest: on a page of a million
 * blocks its first 100,000 texts still hit, and it never refills a Map only to clear it again.
 */
export const MEMO_CAP = 100_000;
const MEMOS: { clear(): void; size(): number }[] = [];
/**
 * A cache `releaseTexts` empties (a memo, or features' record of each text's facts). Emptied by
 * starting a new Map, not by `clear()`: V8 gives a cleared or grown Map its new table in the
 * generation the old one was in, so once a table had lived through two young-generation
 * collections (a long page, or idle time) every later document's keys and values were written into
 * old-space tables, and each young collection then copied all of them into the old space (a sixth
 * of the text path's allocation was promoted so; garbage collection was 9% of its time).
 */
export function registerMemo(cache: { clear(): void; size(): number }): void {
  MEMOS.push(cache);
}
/** Documents being cleaned now (clean() calls between `holdTexts` and `releaseTexts`). */
let holders = 0;
/**
 * `weigh` and `budget` bound what a memo of large values holds (word lists: a string per word):
 * once the values held weigh `budget`, further values are computed and returned but not kept,
 * so a huge page's words never all stay alive (collections copying them cost more than the page).
 */
export function memo<T>(fn: (text: string) => T, weigh?: (value: T) => number, budget = Infinity): Memo<T> {
  let cache = new Map<string, T>();
  let held = 0;
  MEMOS.push({
    clear: () => {
      // A young table for the next document (registerMemo).
      cache = new Map<string, T>();
      held = 0;
    },
    size: () => cache.size,
  });
  const keep = (text: string, v: T): void => {
    const weight = weigh === undefined ? 0 : weigh(v);
    if (cache.size < MEMO_CAP && held + weight <= budget) {
      cache.set(text, v);
      held += weight;
    }
  };
  const get = (text: string): T => {
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      keep(text, v);
    }
    return v;
  };
  return Object.assign(get, {
    seed: (text: string, v: T): void => {
      if (!cache.has(text)) keep(text, v);
    },
  });
}

/**
 * A memoised feature; `seed` keeps a value a caller computed on the way (it must be `fn(text)`),
 * so the first ask does not compute it again.
 */
export type Memo<T> = ((text: string) => T) & { seed(text: string, value: T): void };

/** A document starts: the memos serve it until its `releaseTexts`. */
export function holdTexts(): void {
  holders++;
}

/**
 * A document is done. The memos are emptied only when no other document is being cleaned, so
 * concurrent clean() calls never wipe each other's memos.
 */
export function releaseTexts(): void {
  holders = Math.max(0, holders - 1);
  if (holders === 0) for (const cache of MEMOS) cache.clear();
}

/** How many texts the memos hold now (for tests). */
export function heldTexts(): number {
  return MEMOS.reduce((n, cache) => n + cache.size(), 0);
}
