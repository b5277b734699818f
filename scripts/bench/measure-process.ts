/**
 * Runs a command and measures it as a whole: wall time, and the peak of the summed resident
 * memory of its whole process tree (Astro and Pagefind start workers and child processes), sampled
 * from /proc. Per-process figures such as `/usr/bin/time`'s would miss what the children hold.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  readonly command: string;
  readonly exitCode: number | null;
  readonly wallMs: number;
  /** Peak of the sum of VmRSS over the process and all its descendants, in bytes; 0 where /proc is missing. */
  readonly peakTreeBytes: number;
  /** Most processes seen in the tree at once. */
  readonly peakProcesses: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface MeasureOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Sampling interval; memory held for less than this may be missed. */
  readonly intervalMs?: number;
}

/** Runs `command` through `sh -c`, as npm runs a script. */
export function measureCommand(command: string, options: MeasureOptions = {}): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', command], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let peakTreeBytes = 0;
    let peakProcesses = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      peakProcesses = Math.max(peakProcesses, tree.length);
      peakTreeBytes = Math.max(peakTreeBytes, tree.reduce((sum, pid) => sum + residentBytes(pid), 0));
    };
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolvePromise({
        command,
        exitCode,
        wallMs: performance.now() - started,
        peakTreeBytes,
        peakProcesses,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** `root` and every process descended from it, read from /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [root];
  }
  for (const entry of entries) {
    if (!/^\d+$/u.test(entry)) continue;
    const parent = parentPid(Number(entry));
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields after its last `)` are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
