/** Small bounded helpers of the room bench: every wait has a deadline. */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';

/** How busy the machine was over a stretch of time, and how much of it was this process (the simulated devices). */
export interface CpuShare {
  /** Busy share of all the machine's cores together, %. */
  machinePercent: number;
  cores: number;
  /** This process (the bench: every simulated device, honest and hostile), as a share of one core, %. */
  benchPercent: number;
}

/** Starts measuring; the function returned ends the stretch and answers the shares. */
export function cpuMeter(): () => CpuShare {
  const busy = () => cpus().reduce((sum, { times }) => ({ busy: sum.busy + times.user + times.nice + times.sys + times.irq, all: sum.all + times.user + times.nice + times.sys + times.irq + times.idle }), { busy: 0, all: 0 });
  const machine = busy();
  const own = process.cpuUsage();
  const started = performance.now();
  return () => {
    const now = busy();
    const used = process.cpuUsage(own);
    const wallMs = performance.now() - started;
    return {
      machinePercent: Math.round((100 * (now.busy - machine.busy)) / Math.max(1, now.all - machine.all)),
      cores: cpus().length,
      benchPercent: Math.round((100 * (used.user + used.system)) / 1000 / wallMs),
    };
  };
}

export function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms: ${what}`)), ms);
    timer.unref();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` holds, polling every `everyMs`; false when `ms` passed first. */
export async function until(check: () => boolean, ms: number, everyMs = 20): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await sleep(everyMs);
  }
  return true;
}

/** A small seeded random source (mulberry32), so runs are repeatable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The loopback address of the index-th simulated device (127.0.x.y), as phones on a Wi-Fi each have their own. */
export function deviceAddress(index: number, block = 1): string {
  return `127.${block}.${Math.floor(index / 250)}.${1 + (index % 250)}`;
}
