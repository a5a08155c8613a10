// BYLINE_MEMPROBE=1: the CLI prints its memory (RSS, V8 heap, external) and the CPU time of the process so far at each phase of a run to standard
// error, for finding where a large run peaks. Off by default: prints nothing and costs nothing.
const on = !!process.env.BYLINE_MEMPROBE;
/** Whether the memory is printed (a caller may then split its work into phases to measure each). */
export const probing = on;
const t0 = Date.now();
let peak = 0;

/** Prints the memory now, labelled with the phase (when BYLINE_MEMPROBE is set). */
export function probe(phase: string): void {
  if (!on) return;
  // BYLINE_MEMPROBE=gc with node --expose-gc: live memory (after a full collection) instead of what the heap holds
  const gc = (globalThis as { gc?: () => void }).gc;
  if (process.env.BYLINE_MEMPROBE === 'gc' && gc) gc();
  const m = process.memoryUsage();
  const mb = (x: number): string => (x / 1048576).toFixed(0).padStart(5);
  peak = Math.max(peak, m.rss);
  const c = process.cpuUsage();
  const cpu = ((c.user + c.system) / 1e6).toFixed(1).padStart(6);
  process.stderr.write(`[mem] ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s cpu ${cpu}s rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} ext ${mb(m.external)} ab ${mb(m.arrayBuffers)} (peak seen ${mb(peak)}) ${phase}\n`);
}
