import { Queue } from 'bullmq';
import { bullConnection, RedisWatch, whileReachable, type QueueTarget } from './connection.js';

const STATES = ['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized', 'paused'] as const;

/**
 * `declutter queue-status`: the queue's job counts, one `state count` line each, then the number
 * of workers connected (left out where the server refuses CLIENT LIST, as some hosted Redis do).
 * Rejects with RedisLostError when Redis does not answer within `redisTimeoutMs`.
 */
export async function queueStatus(o: QueueTarget): Promise<string> {
  const watch = new RedisWatch(o);
  const gate = { open: true };
  const queue = new Queue(o.queue, { connection: bullConnection(o.redis, gate), prefix: o.prefix });
  queue.on('error', () => {});
  const read = async (): Promise<string> => {
    await watch.ready();
    const counts = await queue.getJobCounts(...STATES);
    const lines = STATES.map((s) => `${s.padEnd(12)} ${counts[s] ?? 0}`);
    const workers = await queue.getWorkersCount().catch(() => undefined);
    if (workers !== undefined) lines.push(`${'workers'.padEnd(12)} ${workers}`);
    return `queue ${o.queue} (prefix ${o.prefix})\n${lines.join('\n')}\n`;
  };
  try {
    const text = await whileReachable(watch, read(), async () => {});
    await queue.close();
    return text;
  } catch (e) {
    // Not awaited: closing waits for a connection Redis no longer gives.
    gate.open = false;
    queue.close().catch(() => {});
    throw e;
  } finally {
    watch.close();
  }
}
