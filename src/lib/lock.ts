/**
 * A lock file held for the length of a run, so that two runs of the same command on the same folder
 * never interleave: the second waits. A lock left by a run that died is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Takes the lock at `path`, waiting while another live run holds it; returns its release. */
export function acquireLock(path: string, waitSeconds = 600): () => void {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readTextOrEmpty(path), 10);
    if (Number.isInteger(holder) && !isAlive(holder) && lockAgeMs(path) > 1000) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${basename(path)} is held by process ${holder} for over ${waitSeconds} s; remove it if no such run is going on`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

function readTextOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function lockAgeMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
