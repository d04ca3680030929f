import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

let sequence = 0;

/**
 * Writes `content` to `dir/rel` so that the file either does not exist or is complete: the bytes
 * go to a temporary name in the same folder first, then one rename (atomic on one file system)
 * puts them in place. A killed run leaves at most a `.tmp-*` file, which `--resume` ignores.
 */
export async function writeAtomic(dir: string, rel: string, content: string): Promise<void> {
  const target = path.join(dir, rel);
  if (!path.resolve(target).startsWith(path.resolve(dir) + path.sep)) throw new Error(`output name escapes the out-dir: ${rel}`);
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}-${++sequence}`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
