/**
 * What the gateway counts as this machine: a loopback address. Only a first connect from loopback
 * is paired silently (docs/openclaw-facts.md §0.2), so whether a client's address or the URL it
 * dials is loopback decides between "approved on its own" and "waits for one approval".
 */

/** `127.x.x.x`, `::1` (also IPv4-mapped) and `localhost`, as a gateway log or a devices list prints an address. */
export function isLoopbackIp(ip: string): boolean {
  return /^(?:127\.|::1$|::ffff:127\.|localhost$)/i.test(ip);
}

/** A gateway URL (`ws://127.0.0.1:18789`, `wss://localhost/…`, `http://[::1]:18789`) on this machine. */
export function isLoopbackUrl(url: string): boolean {
  return /^(?:wss?|https?):\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::|\/|$)/i.test(url);
}
