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
  /** CPU time (user + system) of the tree, summed over its processes as last sampled. */
  readonly cpuMs: number;
  /** Share of the machine's CPU time (all cores) that other processes used meanwhile: how quiet the machine was. */
  readonly otherCpuShare: number | null;
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
    const child = spawn('sh', ['-c', command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let peakTreeBytes = 0;
    let peakProcesses = 0;
    const ticks = new Map<number, number>();
    const machineBefore = machineTicks();
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      peakProcesses = Math.max(peakProcesses, tree.length);
      peakTreeBytes = Math.max(
        peakTreeBytes,
        tree.reduce((sum, { pid }) => sum + residentBytes(pid), 0),
      );
      for (const { pid, cpuTicks } of tree) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, cpuTicks));
    };
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const machineAfter = machineTicks();
      const ourTicks = [...ticks.values()].reduce((sum, value) => sum + value, 0);
      const total = machineBefore && machineAfter ? machineAfter.total - machineBefore.total : 0;
      const busy = machineBefore && machineAfter ? machineAfter.busy - machineBefore.busy : 0;
      resolvePromise({
        command,
        exitCode,
        wallMs: performance.now() - started,
        peakTreeBytes,
        peakProcesses,
        cpuMs: ourTicks * TICK_MS,
        otherCpuShare: total > 0 ? Math.max(0, busy - ourTicks) / total : null,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Linux's clock tick (USER_HZ), 100 on every common kernel configuration. */
const TICK_MS = 10;

interface ProcessStat {
  readonly pid: number;
  readonly parent: number;
  /** User and system time so far, in clock ticks. */
  readonly cpuTicks: number;
}

/** `root` and every process descended from it, read from /proc/<pid>/stat. */
export function processTree(root: number): ProcessStat[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children = new Map<number, ProcessStat[]>();
  let rootStat: ProcessStat | null = null;
  for (const entry of entries) {
    if (!/^\d+$/u.test(entry)) continue;
    const stat = processStat(Number(entry));
    if (!stat) continue;
    if (stat.pid === root) rootStat = stat;
    const list = children.get(stat.parent) ?? [];
    list.push(stat);
    children.set(stat.parent, list);
  }
  const tree: ProcessStat[] = [];
  const stack = rootStat ? [rootStat] : [];
  while (stack.length > 0) {
    const stat = stack.pop()!;
    tree.push(stat);
    stack.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

function processStat(pid: number): ProcessStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields after its last `)` are fixed
    // (field 3, the state, first; 4 the parent; 14 and 15 user and system time).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, parent: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** All cores' ticks since boot, and the busy ones (neither idle nor waiting for I/O), from /proc/stat. */
function machineTicks(): { total: number; busy: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const values = line.trim().split(/\s+/u).slice(1, 9).map(Number);
    const total = values.reduce((sum, value) => sum + value, 0);
    return { total, busy: total - values[3]! - values[4]! };
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
