import type { Status } from './task.js';

/** Counts of a run, for the progress bar and the closing summary. */
export class Tally {
  readonly started = performance.now();
  done = 0;
  ok = 0;
  empty = 0;
  failed = 0;
  skipped = 0;
  bytes = 0;

  add(status: Status, bytes: number): void {
    this.done++;
    this[status]++;
    this.bytes += bytes;
  }

  seconds(): number {
    return Math.max((performance.now() - this.started) / 1000, 1e-3);
  }

  /** documents per second, counting only those actually cleaned (skipped ones cost nothing) */
  rate(): number {
    return (this.done - this.skipped) / this.seconds();
  }

  /** `declutter: 400 in, 380 ok, 12 empty, 8 failed, 0 skipped; 12.3 s, 32.5 pages/s, 4.1 MB/s` */
  summary(): string {
    const s = this.seconds();
    return (
      `declutter: ${this.done} in, ${this.ok} ok, ${this.empty} empty, ${this.failed} failed, ${this.skipped} skipped; ` +
      `${s.toFixed(1)} s, ${this.rate().toFixed(1)} pages/s, ${(this.bytes / 1e6 / s).toFixed(1)} MB/s\n`
    );
  }
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

/**
 * A one-line bar redrawn in place on stderr (only ever used when stderr is a terminal). The total
 * is known for file lists and unknown for streams; with no total it shows counts and rate only.
 */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly total: number | undefined,
    /** documents handed out and not yet answered, where the caller counts them (the queue submitter) */
    private readonly inFlight?: () => number,
  ) {}

  update(t: Tally, force = false): void {
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.write(`\r${this.line(t)}\x1b[K`);
  }

  /** Clears the bar so the summary (or a shell prompt) starts on a clean line. */
  clear(): void {
    if (this.drawn) this.write('\r\x1b[K');
  }

  private line(t: Tally): string {
    const rate = t.rate();
    const flight = this.inFlight ? `  ${this.inFlight()} in flight` : '';
    const counts = `${t.done}${this.total !== undefined ? `/${this.total}` : ''} docs  ${rate.toFixed(1)}/s  ${t.failed} failed${flight}`;
    if (this.total === undefined || this.total === 0) return counts;
    const frac = Math.min(t.done / this.total, 1);
    const filled = Math.round(frac * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%`;
    const eta = rate > 0 ? `  ETA ${clock((this.total - t.done) / rate)}` : '';
    return `${bar}  ${counts}${eta}`;
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
