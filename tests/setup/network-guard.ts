// Loaded before every test file (vitest.config.ts setupFiles). Techfolio makes no network
// requests, and neither may its tests: any connection to an address other than this machine's
// loopback, and any DNS lookup of a name other than localhost, throws at once and fails the test
// even if the code under test swallowed the error. Unix sockets and pipes are allowed.
// It guards the test process itself; worker threads and child processes are separate.
import dns from 'node:dns';
import net from 'node:net';
import { afterEach, expect } from 'vitest';

const STATE = Symbol.for('techfolio.network-guard');

interface GuardState {
  blocked: string[];
}

type GuardedGlobal = typeof globalThis & { [STATE]?: GuardState };

/** The message a blocked attempt throws; tests of the guard look for it. */
export const BLOCKED_PREFIX = 'Network access is blocked in tests';

const state: GuardState = ((globalThis as GuardedGlobal)[STATE] ??= { blocked: [] });

/** Connections the guard refused since the last call; a test that expects one takes it, so afterEach passes. */
export function takeBlockedConnections(): string[] {
  return state.blocked.splice(0);
}

/** Loopback only: 127.0.0.0/8, ::1 (also as an IPv4-mapped address) and the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return net.isIPv4(v4) && v4.startsWith('127.');
}

function block(what: string): never {
  state.blocked.push(what);
  throw new Error(`${BLOCKED_PREFIX}: ${what}. Techfolio works offline; only loopback (127.0.0.1, ::1, localhost) and local sockets are allowed.`);
}

interface ConnectTarget {
  path?: unknown;
  host?: unknown;
  port?: unknown;
}

/** The target of Socket#connect in any of its call forms (net.connect passes one normalised array). */
function targetOf(args: unknown[]): ConnectTarget {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
  if (typeof first === 'number' || typeof first === 'string') {
    return { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
  }
  return (first ?? {}) as ConnectTarget;
}

// net.connect, tls.connect, http(s) agents and fetch all end in Socket#connect.
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const target = targetOf(args);
  if (typeof target.path !== 'string') {
    // Node's own default when no host is given is localhost.
    const host = typeof target.host === 'string' && target.host !== '' ? target.host : 'localhost';
    if (!isLoopbackHost(host)) block(`connection to ${host}:${String(target.port)}`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

function guardLookup<F extends (...args: never[]) => unknown>(original: F): F {
  return function guardedLookup(this: unknown, ...args: unknown[]) {
    const hostname = args[0];
    if (typeof hostname === 'string' && !isLoopbackHost(hostname)) block(`DNS lookup of ${hostname}`);
    return (original as unknown as (...a: unknown[]) => unknown).apply(this, args);
  } as unknown as F;
}

dns.lookup = guardLookup(dns.lookup);
dns.promises.lookup = guardLookup(dns.promises.lookup);
dns.resolve = guardLookup(dns.resolve);
dns.promises.resolve = guardLookup(dns.promises.resolve);

afterEach(() => {
  const blocked = takeBlockedConnections();
  expect(blocked, 'the test tried to reach the network').toEqual([]);
});
