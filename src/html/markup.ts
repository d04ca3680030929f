/**
 * A page's markup as the parser reads it: in pieces of at most MAX_CHUNK_BYTES. V8 places every
 * string over about 128 KB in its large-object space, and making one there costs far more than
 * making the same characters as a few smaller strings (on the machines we measure on, a 150 KB
 * page's string cost as much as the rest of its decoding). The pieces are parsed as a stream; the
 * whole string is only made for the few stages that need it (the Readability fallback).
 */
export const MAX_CHUNK_BYTES = 32 * 1024;

export class PageMarkup {
  private joined: string | undefined;
  private offsets: number[] | undefined;

  constructor(readonly chunks: readonly string[]) {}

  /** The whole markup as one string, made on first use. */
  get text(): string {
    this.joined ??= this.chunks.length === 1 ? (this.chunks[0] as string) : this.chunks.join('');
    return this.joined;
  }

  /** Where each piece starts in the whole markup. */
  get starts(): readonly number[] {
    if (this.offsets === undefined) {
      const offsets: number[] = [];
      let at = 0;
      for (const c of this.chunks) {
        offsets.push(at);
        at += c.length;
      }
      this.offsets = offsets;
    }
    return this.offsets;
  }

  /** The characters [start, end) of the whole markup, from however many pieces hold them. */
  slice(start: number, end: number): string {
    const starts = this.starts;
    let out = '';
    for (let i = 0; i < this.chunks.length; i++) {
      const from = starts[i] as number;
      const chunk = this.chunks[i] as string;
      if (from + chunk.length <= start) continue;
      if (from >= end) break;
      out += chunk.slice(Math.max(0, start - from), end - from);
    }
    return out;
  }

  /** Whether `needle` occurs anywhere, across the seams between pieces too. */
  includes(needle: string): boolean {
    return this.chunks.some((c) => c.includes(needle)) || this.seams(needle.length).some((s) => s.window.includes(needle));
  }

  /** Whether a (non-global) regular expression matches, when its matches are at most `maxLength` long. */
  test(re: RegExp, maxLength: number): boolean {
    return this.chunks.some((c) => re.test(c)) || this.seams(maxLength).some((s) => re.test(s.window));
  }

  /**
   * Every match of a global regular expression whose matches are at most `maxLength` long, in
   * document order within each piece: a match across a seam is found in a window around it.
   */
  *matchAll(re: RegExp, maxLength: number): Generator<RegExpMatchArray> {
    const seams = this.seams(maxLength);
    for (let i = 0; i < this.chunks.length; i++) {
      yield* (this.chunks[i] as string).matchAll(re);
      const seam = seams[i];
      if (seam === undefined) continue;
      for (const m of seam.window.matchAll(re)) {
        const start = m.index ?? 0;
        if (start < seam.at && start + m[0].length > seam.at) yield m;
      }
    }
  }

  /** Around each seam: up to `reach` characters either side, and where the seam falls in that window. */
  private seams(reach: number): { window: string; at: number }[] {
    const out: { window: string; at: number }[] = [];
    for (let i = 0; i + 1 < this.chunks.length; i++) {
      const before = (this.chunks[i] as string).slice(-reach);
      out.push({ window: before + (this.chunks[i + 1] as string).slice(0, reach), at: before.length });
    }
    return out;
  }
}
