/** What a process has used so far, read from /proc (Linux): the benches' CPU and memory figures. */
import { readFileSync } from 'node:fs';

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s on Linux)
}

/** The JVM under the engine's small shell guard (the guard's own pid is what the engine handle holds). */
export function javaPid(guardPid: number): number {
  const kids = readFileSync(`/proc/${guardPid}/task/${guardPid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  return kids.find((k) => readFileSync(`/proc/${k}/cmdline`, 'utf8').includes('DynamoDBLocal')) ?? guardPid;
}

/** A process's peak resident memory (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
