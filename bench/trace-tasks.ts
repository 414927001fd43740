// Main-thread long tasks from a Chromium trace (CDP Tracing, 'toplevel,
// devtools.timeline,v8'): for each task over 50 ms of wall time, its CPU time
// and the events inside it. On a shared machine a task can be long because the
// thread waited for a core; only CPU time says the page itself was slow.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }

/** Main-thread tasks over 50 ms, each with its CPU time and the longest events within it. */
export function attribute(events: TraceEvent[]): string {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'));
  if (!main) return '  trace: no renderer main thread found';
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  // The profiler's own start-up (bench/load-view.ts --trace) is not the page's work.
  const profilerStart = on.filter((e) => e.name === 'CpuProfiler::StartProfiling');
  const all = on
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .filter((t) => !profilerStart.some((p) => p.ts >= t.ts && p.ts <= t.ts + t.dur!));
  const tasks = all.filter((e) => e.dur! > 50_000);
  const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
  const own = tasks.filter((t) => cpu(t) > 50);
  const longestCpu = Math.max(0, ...all.map(cpu));
  const lines = [
    `  trace: ${tasks.length} main-thread task(s) over 50 ms of wall time; ${own.length} of them with over 50 ms of CPU time (the page's own work), ` +
      `the others mostly waiting for a core; the most CPU any task took: ${longestCpu.toFixed(0)} ms`,
  ];
  // By CPU time: what the page itself made long.
  for (const t of tasks.sort((a, b) => cpu(b) - cpu(a)).slice(0, 8)) {
    const inner = on
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! > 2_000)
      .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
      .slice(0, 4)
      .map((e) => `${e.name} ${(e.dur! / 1000).toFixed(0)} ms (cpu ${cpu(e).toFixed(0)})`);
    lines.push(`    ${(t.dur! / 1000).toFixed(0)} ms wall, ${cpu(t).toFixed(0)} ms cpu: ${inner.join('; ') || 'nothing over 2 ms inside'}`);
  }
  return lines.join('\n');
}


export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where the main thread's CPU went inside the tasks with over 50 ms of CPU
 * time: self time per function (CDP Profiler samples; same clock as the trace).
 */
export function hotInLongTasks(events: TraceEvent[], profile: CpuProfile, top = 5): string {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'));
  if (!main) return '';
  const tasks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
    .filter((e) => (e.tdur ?? 0) > 40_000)
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
    .slice(0, 10);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const lines = ['  where the CPU went in the tasks with over 40 ms of CPU (self time by function, profiler samples):'];
  for (const task of tasks) {
    const self = new Map<string, number>();
    for (let i = 0; i < times.length; i++) {
      if (times[i] < task.ts || times[i] > task.ts + task.dur!) continue;
      const f = byId.get(profile.samples[i])!.callFrame;
      if (f.functionName === '(idle)') continue;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules|deps)\//, '$1/').replace(/\?.*$/, '')}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (times[i + 1] ?? times[i]) - times[i]);
    }
    const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`);
    lines.push(`    task ${((task.tdur ?? 0) / 1000).toFixed(0)} ms cpu: ${rows.join('; ')}`);
  }
  return lines.join('\n');
}

/**
 * Where the main thread's time went over the whole traced window (not only
 * in long tasks): tasks' wall and CPU time, the top trace events by total
 * duration (paint, style, GC, ...), and JS self time by function (profiler).
 */
export function windowBreakdown(events: TraceEvent[], profile: CpuProfile | undefined, seconds: number, top = 18): string {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'));
  if (!main) return '  trace: no renderer main thread found';
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = outermost(on.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
  const wall = tasks.reduce((a, t) => a + t.dur!, 0) / 1000;
  const cpu = tasks.reduce((a, t) => a + (t.tdur ?? 0), 0) / 1000;
  const byName = new Map<string, number>();
  for (const e of on) if (e !== undefined && !/RunTask/.test(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
  const lines = [
    `  main thread over ${seconds.toFixed(1)} s: tasks ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms cpu (${((100 * cpu) / (seconds * 1000)).toFixed(0)}% of one core)`,
    `  events by total wall (nested events counted in each parent): ${[...byName].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')}`,
  ];
  // Other threads of the renderer (raster, compositor): their share of the cores.
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === main.pid).map((e) => [e.tid, e.args?.name ?? '?']));
  const other = new Map<string, number>();
  for (const e of events) if (e.pid === main.pid && e.tid !== main.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')) {
    const n = names.get(e.tid) ?? String(e.tid);
    other.set(n, (other.get(n) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  lines.push(`  renderer's other threads (cpu ms): ${[...other].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')}`);
  if (profile) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const f = byId.get(profile.samples[i])!.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
      const d = profile.timeDeltas[i + 1] ?? 0;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(assets|src|node_modules|deps)\//, '$1/').replace(/\?.*$/, '')}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + d);
      total += d;
    }
    lines.push(`  JS self time (profiler, ${(total / 1000).toFixed(0)} ms sampled outside idle/program):`);
    for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`    ${(us / 1000).toFixed(0).padStart(5)} ms  ${k}`);
  }
  return lines.join('\n');
}

/** Tasks not nested in another of the list (with more categories traced, RunTask events nest: counted once). */
function outermost(tasks: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const t of [...tasks].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + t.dur!;
  }
  return out;
}

/** CPU time of the renderer main thread's tasks over the trace (ms), each task counted once. */
export function mainThreadCpuMs(events: TraceEvent[]): number {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'));
  if (!main) return NaN;
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
  return outermost(tasks).reduce((a, t) => a + (t.tdur ?? 0), 0) / 1000;
}

export interface Tracing {
  /** Trace events as they arrive (complete 'X' and metadata 'M' events). */
  events: TraceEvent[];
  /** End the trace (and the CPU profile, if one was started); resolves once every event is in. */
  stop(): Promise<CpuProfile | undefined>;
}

/** Categories that name the native work inside a task (paint, raster, canvas flushes, compositor commits, style and layout). */
export const PAINT_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'viz', 'devtools.timeline.frame', 'skia'];

/** Start a Chromium trace of the main thread's tasks, with a JS CPU profile (500 µs samples) when `profile`; `extra`: more categories (PAINT_CATEGORIES). */
export async function startTrace(cdp: CDPSession, profile: boolean, extra: string[] = []): Promise<Tracing> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) if (ev.ph === 'X' || ev.ph === 'M') events.push(ev);
  });
  await cdp.send('Tracing.start', { categories: ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', ...extra].join(','), transferMode: 'ReportEvents' });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  return {
    events,
    async stop() {
      const cpu = profile ? ((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile) : undefined;
      const ended = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
      await cdp.send('Tracing.end');
      await ended;
      return cpu;
    },
  };
}

