import { readFileSync } from 'node:fs';

/**
 * This process's peak resident memory in bytes: VmHWM from /proc (Linux), which counts every
 * thread, so a worker thread's images and PDFs are included; elsewhere Node's maxRSS.
 */
export function peakRssBytes(): number {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1]) return Number(match[1]) * 1024;
  } catch {
    // Not Linux: fall through.
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** Another process's peak resident memory in bytes (VmHWM), on Linux; undefined elsewhere or when it is gone. */
export function processPeakRssBytes(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
