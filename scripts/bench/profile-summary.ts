import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** Self time: samples in this function itself, not in what it calls. */
  selfMs: number;
  share: number;
}

const where = (frame: CpuProfileNode['callFrame']) => {
  const file = frame.url.replace(/^file:\/\//, '');
  const short = file.includes('node_modules/') ? file.slice(file.lastIndexOf('node_modules/') + 'node_modules/'.length) : path.basename(file);
  return short ? `${short}:${frame.lineNumber + 1}` : '(native)';
};

/** The functions with the most self time in one .cpuprofile (V8's format, as node --cpu-prof writes it). */
export function hotFunctions(profile: CpuProfile, top = 15): HotFunction[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const name = `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame)}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    total += ms;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, selfMs]) => ({ name, selfMs, share: total > 0 ? selfMs / total : 0 }));
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Time the thread was not idle: running JavaScript, collecting garbage or in native code it called synchronously. */
  busyMs: number;
  hot: HotFunction[];
}

/** Sampled time in the thread's idle state: waiting for I/O, a timer, a message or a native task on another thread. */
export function idleMs(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? (profile.timeDeltas[i] ?? 0) / 1000 : 0), 0);
}

/**
 * Every profile in a folder (node --cpu-prof writes one per thread: main, worker, and tsx's
 * loader threads), busiest first: the pack worker, where the PDF is assembled, comes out on top.
 */
export async function summariseProfiles(dir: string, top = 15): Promise<ProfileSummary[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.cpuprofile'));
  const out: ProfileSummary[] = [];
  for (const name of names) {
    const profile = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as CpuProfile;
    const totalMs = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
    out.push({ file: name, totalMs, busyMs: totalMs - idleMs(profile), hot: hotFunctions(profile, top) });
  }
  return out.sort((a, b) => b.busyMs - a.busyMs);
}
