/** Runs one step of the build as a child process, its output prefixed with the step's name. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Command {
  /** Shown before each line of its output and in its error: `shard 51-2: astro`. */
  readonly name: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Runs `node <args>` with the same Node as this process; rejects naming the step when it fails. */
export function runNode(command: Command): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command.args, { cwd: command.cwd, env: { ...command.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (line.trim()) console.log(`[${command.name}] ${line}`);
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${command.name} failed (${signal ? `signal ${signal}` : `exit code ${code}`}); its output is above, prefixed [${command.name}].`,
          ),
        );
    });
  });
}

/** Runs the tasks at most `jobs` at a time; rejects with the first failure once the running ones end. */
export async function runPool<T>(tasks: readonly (() => Promise<T>)[], jobs: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  let failure: unknown = null;
  const worker = async (): Promise<void> => {
    while (failure === null && next < tasks.length) {
      const index = next++;
      try {
        results[index] = await tasks[index]!();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, worker));
  if (failure !== null) throw failure;
  return results;
}
