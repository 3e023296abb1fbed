import { describe, expect, it } from 'vitest';
import { isLoopbackIp, isLoopbackUrl } from '../../src/openclaw/loopback.ts';

describe('loopback: what the gateway counts as this machine', () => {
  it('addresses', () => {
    for (const ip of ['127.0.0.1', '127.0.1.1', '::1', '::ffff:127.0.0.1', 'localhost']) expect(isLoopbackIp(ip), ip).toBe(true);
    for (const ip of ['192.168.1.20', '10.0.0.5', '172.17.0.1', '::ffff:10.0.0.1', '1127.0.0.1']) expect(isLoopbackIp(ip), ip).toBe(false);
  });
  it('gateway URLs', () => {
    for (const u of ['ws://127.0.0.1:18789', 'wss://localhost/openclaw', 'http://[::1]:18789', 'WS://127.0.0.1'])
      expect(isLoopbackUrl(u), u).toBe(true);
    for (const u of ['ws://192.168.20.44:40209', 'wss://claw.example.com', 'ws://127.0.0.1.nip.io:18789', 'ws://localhost.example.com']) {
      expect(isLoopbackUrl(u), u).toBe(false);
    }
  });
});
