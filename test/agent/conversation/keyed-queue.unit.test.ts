import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../src/agent/conversation/keyed-queue';

const tick = () => new Promise((r) => setImmediate(r));

describe('KeyedQueue', () => {
  it('runs the jobs of one key one at a time, in order', async () => {
    const q = new KeyedQueue();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([q.run('s', job('a')), q.run('s', job('b')), q.run('s', job('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs different keys concurrently, but never more than its limit at once', async () => {
    const q = new KeyedQueue(2);
    let running = 0;
    let peak = 0;
    const job = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await tick();
      await tick();
      running -= 1;
    };
    await Promise.all(Array.from({ length: 8 }, (_, i) => q.run(`k${i}`, job)));
    expect(peak).toBe(2);
  });

  it('keeps going after a job fails, and drains', async () => {
    const q = new KeyedQueue(1);
    const failed = q.run('s', async () => {
      throw new Error('boom');
    });
    const after = q.run('s', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(after).resolves.toBe('ok');
    await q.drain();
    expect(q.pending).toBe(0);
  });
});
