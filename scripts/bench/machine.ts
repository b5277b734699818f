/** The machine a benchmark ran on, as the report states it. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryBytes: number;
  readonly node: string;
  readonly os: string;
  /** ISO date and time of the start of the run. */
  readonly date: string;
  /** 1, 5 and 15-minute load averages at the start of the run. */
  readonly loadAtStart: readonly number[];
}

export function describeMachine(now = new Date()): Machine {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    os: `${osName()} (${type()} ${release()})`,
    date: now.toISOString(),
    loadAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?$/mu.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? type();
  } catch {
    return type();
  }
}
