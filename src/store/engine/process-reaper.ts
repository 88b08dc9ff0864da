/**
 * Kills engines we started when our process ends normally or by signal. (A SIGKILL
 * skips this; the engine's stdin guard covers that case.)
 */
import type { ChildProcess } from 'node:child_process';

const live = new Set<ChildProcess>();
let installed = false;

function killAll(): void {
  for (const child of live) {
    if (!child.pid) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  // A program that handles the signal itself shuts down in its own order (running turns
  // commit before the engine stops); the exit hook still kills whatever it leaves behind.
  if (process.listenerCount(signal) > 0) return;
  killAll();
  process.kill(process.pid, signal); // the default behaviour: exit by this signal
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, onSignal);
}

/** Registers a child process group to kill when this process exits. */
export function trackChild(child: ChildProcess): void {
  install();
  live.add(child);
}

/** Forgets a child that has been stopped. */
export function untrackChild(child: ChildProcess): void {
  live.delete(child);
}
