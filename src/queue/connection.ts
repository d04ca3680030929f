import { Redis, type RedisOptions } from 'ioredis';

/** Where the queue lives, as every queue command takes it. */
export interface QueueTarget {
  /** redis://[user:password@]host[:port][/db], or rediss:// for TLS */
  redis: string;
  queue: string;
  /** BullMQ key prefix; on Redis Cluster a hash tag such as `{declutter}` keeps a queue's keys in one slot */
  prefix: string;
  /** Redis unreachable this long (at start or mid-run): the command gives up with an error */
  redisTimeoutMs: number;
}

/** Redis down for longer than `--redis-timeout-ms`: the command ends (exit code EXIT_QUEUE_LOST). */
export class RedisLostError extends Error {
  override name = 'RedisLostError';
}

/** ioredis options for a redis:// URL (ioredis takes a URL only as a constructor argument, BullMQ wants options). */
export function connectionOptions(url: string): RedisOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--redis must be a URL such as redis://127.0.0.1:6379, not ${JSON.stringify(url)}`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`--redis must start with redis:// or rediss://, not ${u.protocol}//`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  const options: RedisOptions = { host: u.hostname || '127.0.0.1', port: u.port ? Number(u.port) : 6379, db: Number.isInteger(db) ? db : 0 };
  if (u.username) options.username = decodeURIComponent(u.username);
  if (u.password) options.password = decodeURIComponent(u.password);
  if (u.protocol === 'rediss:') options.tls = {};
  return options;
}

/** The URL without its password, for messages. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

const PING_EVERY_MS = 1000;

/**
 * Options for the connections BullMQ makes (it copies them for its blocking ones). Their
 * reconnecting stops once `gate.open` is false: a command that has given up on Redis must not be
 * kept alive by reconnect timers, and BullMQ's own close waits for a connection that never comes.
 */
export function bullConnection(url: string, gate: { open: boolean }): RedisOptions {
  const retryStrategy = (times: number): number | null => (gate.open ? Math.min(200 * times, 1000) : null);
  return { ...connectionOptions(url), maxRetriesPerRequest: null, retryStrategy };
}

/**
 * A connection of its own that pings Redis every second. BullMQ's connections retry forever
 * (its blocking commands need maxRetriesPerRequest: null), so a command whose Redis has gone
 * would wait forever; `lost` settles once no ping has succeeded for `redisTimeoutMs`.
 */
export class RedisWatch {
  readonly lost: Promise<RedisLostError>;
  private readonly client: Redis;
  private readonly timer: NodeJS.Timeout;
  private lastOk = Date.now();
  private lastError = 'no answer';
  private closed = false;

  constructor(target: QueueTarget) {
    this.client = new Redis({ ...connectionOptions(target.redis), maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => PING_EVERY_MS, connectTimeout: PING_EVERY_MS * 2 });
    this.client.on('error', (e: Error) => {
      this.lastError = e.message || String(e);
    });
    let fire: (e: RedisLostError) => void = () => {};
    this.lost = new Promise((resolve) => (fire = resolve));
    const check = (): void => {
      if (this.closed) return;
      if (Date.now() - this.lastOk > target.redisTimeoutMs) {
        const seconds = (target.redisTimeoutMs / 1000).toFixed(1);
        fire(new RedisLostError(`Redis at ${shownUrl(target.redis)} did not answer for ${seconds} s (${this.lastError})`));
        return;
      }
      this.client.ping().then(
        () => (this.lastOk = Date.now()),
        (e: unknown) => this.pingFailed(e),
      );
    };
    this.timer = setInterval(check, Math.min(PING_EVERY_MS, target.redisTimeoutMs / 2));
  }

  /** Resolves once Redis has answered a ping; rejects with the lost error if it never does in time. */
  async ready(): Promise<void> {
    const answered = (async () => {
      for (;;) {
        try {
          await this.client.ping();
          this.lastOk = Date.now();
          return;
        } catch (e) {
          this.pingFailed(e);
          await new Promise((r) => setTimeout(r, PING_EVERY_MS / 4));
        }
        if (this.closed) return;
      }
    })();
    const lost = await Promise.race([answered.then(() => undefined), this.lost]);
    if (lost) throw lost;
  }

  /** A ping refused while disconnected says less than the connection's own error (ECONNREFUSED…): that one is kept. */
  private pingFailed(e: unknown): void {
    if (this.client.status !== 'ready' && this.lastError !== 'no answer') return;
    this.lastError = e instanceof Error ? e.message : String(e);
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.client.disconnect();
  }
}

/** Runs `work` unless Redis is lost first; then `onLost` (closing connections without waiting on Redis) and a throw. */
export async function whileReachable<T>(watch: RedisWatch, work: Promise<T>, onLost: () => Promise<void>): Promise<T> {
  const outcome = await Promise.race([work.then((value) => ({ value })), watch.lost.then((lost) => ({ lost }))]);
  if ('lost' in outcome) {
    await onLost();
    throw outcome.lost;
  }
  return outcome.value;
}
