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
