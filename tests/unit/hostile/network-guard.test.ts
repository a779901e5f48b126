import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { BLOCKED_PREFIX, isLoopbackHost, takeBlockedConnections } from '../../setup/network-guard';

// 192.0.2.1 is TEST-NET-1 (RFC 5737): never routed, so even without the guard nothing would leave.
const TEST_NET = '192.0.2.1';

/** Runs an attempt that the guard must stop, and takes the record so afterEach stays green. */
function expectBlocked(attempt: () => unknown): void {
  expect(attempt).toThrow(BLOCKED_PREFIX);
  expect(takeBlockedConnections()).toHaveLength(1);
}

describe('the test network guard', () => {
  it('blocks net.connect to a non-loopback address (192.0.2.1)', () => {
    expectBlocked(() => net.connect({ host: TEST_NET, port: 80 }));
    expectBlocked(() => net.connect(80, TEST_NET));
    expectBlocked(() => new net.Socket().connect(443, TEST_NET));
  });

  it('blocks tls.connect and an http request to a non-loopback address', () => {
    expectBlocked(() => tls.connect({ host: TEST_NET, port: 443 }));
    expectBlocked(() => http.get(`http://${TEST_NET}/`));
  });

  it('blocks DNS lookups and connections by hostname', async () => {
    expectBlocked(() => dns.lookup('example.com', () => {}));
    await expect(async () => dns.promises.lookup('example.com')).rejects.toThrow(BLOCKED_PREFIX);
    expect(takeBlockedConnections()).toHaveLength(1);
    expectBlocked(() => net.connect({ host: 'example.com', port: 80 }));
  });

  it('blocks fetch to a non-loopback address', async () => {
    await expect(fetch(`http://${TEST_NET}/`)).rejects.toThrow();
    expect(takeBlockedConnections().length).toBeGreaterThanOrEqual(1);
  });

  it('allows loopback: a real round trip to a server on 127.0.0.1', async () => {
    const server = net.createServer((socket) => socket.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = net.connect({ host: '127.0.0.1', port });
        let text = '';
        socket.on('data', (chunk) => (text += String(chunk)));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(reply).toBe('hello');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(takeBlockedConnections()).toEqual([]);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['localhost', true],
    ['192.0.2.1', false],
    ['10.0.0.1', false],
    ['::ffff:192.0.2.1', false],
    ['example.com', false],
    ['localhost.example.com', false],
  ])('treats %s as loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
