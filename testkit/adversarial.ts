/**
 * Text built to make a parser take quadratic time or run out of stack: keyword floods, JSON that
 * never closes, deep brackets, endless lines and fields. One list, at any size: the tests run it at
 * 1 MB (test/properties/adversarial.test.ts), where a pass that rescans for every position would take
 * hours and so fails on the test timeout; `npm run bench` runs it at 1 and 5 MB and prints the times
 * and their ratio, which is about 5 when the time grows linearly.
 */

export interface AdversarialInput {
  name: string;
  make: (bytes: number) => string;
}

/** `unit` repeated to exactly `bytes` characters. */
const flood = (unit: string) => (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

export const adversarialInputs: readonly AdversarialInput[] = [
  // Written against the devices-list JSON and table parsers, the approve preview and the secret finder.
  { name: 'repeated {"pending":[', make: flood('{"pending":[') },
  { name: 'deep [[[[', make: flood('[') },
  { name: 'deep {"a":{', make: flood('{"a":') },
  { name: 'one line of base64url', make: flood('Ab9_-') },
  { name: 'unterminated string', make: (n) => `{"pending":[{"requestId":"${'a'.repeat(n)}` },
  { name: 'table rows without end', make: (n) => `┌──┬──┐\n│ Device │ x │\n${flood('│ a │ b │\n')(n)}` },
  { name: 'many keys', make: flood('"token": "') },
  { name: 'env-like', make: flood('A_TOKEN=') },
  { name: 'PEM starts', make: flood('-----BEGIN PRIVATE KEY-----') },
  { name: 'digits and colons', make: flood('1234567:') },
  // Written against the log, CLI-output and config extractors (every input meets every extractor).
  { name: 'device= repeated', make: flood('device=') },
  { name: '{"cause": repeated (never closes)', make: flood('{"cause":') },
  { name: 'escaped {\\"cause\\": repeated', make: flood('{\\"cause\\":') },
  { name: 'many small close contexts', make: flood('{"cause":"x"}') },
  { name: 'one long line', make: flood('a') },
  {
    name: 'audit keyword then endless field',
    make: (n) => `security audit: device access upgrade requested reason=scope-upgrade scopesTo=${flood('operator.read,')(n)}`,
  },
  { name: 'wrapped audit lines', make: flood('device access upgrade requested reason=scope-upgrade scopesTo=a,\n') },
  { name: 'gateway closed in a JSON string', make: flood('gateway closed (1008): x\\') },
  { name: 'status keys', make: flood('"status": "error" sessions_spawn ') },
  { name: 'versions', make: flood('2026.4.14 ') },
  { name: 'open braces', make: flood('{') },
  { name: 'config keys', make: flood('{"gateway": {"bind": "lan", ') },
  { name: 'commands and outcomes', make: flood('$ openclaw devices approve x\nunknown requestId\n') },
  { name: 'file-log lines', make: flood('{"0":"x","time":"t"}\n') },
  { name: 'backslashes', make: flood('\\') },
  { name: 'pairing words', make: flood('pairing ') },
  { name: 'closed before connect reasons', make: flood('closed before connect reason=') },
  // Written against the look-alike extractor (rules/other-cause): its needles, causes and details.
  { name: 'unauthorized repeated', make: flood('unauthorized') },
  { name: '"cause":"unauthorized" repeated', make: flood('"cause":"unauthorized",') },
  { name: 'missing scope lines', make: flood('missing scope: x\n') },
  { name: 'a command, then missing scope without end', make: (n) => `openclaw devices approve x\n${flood('missing scope: a ')(n)}` },
  { name: 'open parentheses before a needle', make: (n) => `${'('.repeat(n)}gateway token mismatch` },
  { name: 'a needle, then an endless detail', make: (n) => `gateway token mismatch ${'a'.repeat(n)}` },
  // Written against the prose readers (setup, statements): their words on every line.
  { name: 'setup words on every line', make: flood('dashboard docker compose exec x-gateway \n') },
  {
    name: 'statement words in a long log',
    make: (n) =>
      flood('2026-04-05T14:16:13.663Z [gateway] info heartbeat ok approve request id rotates pairing required\n')(n >> 1) +
      flood('the request id keeps changing and approve says nothing useful, please help with this one\n')(n - (n >> 1)),
  },
];
