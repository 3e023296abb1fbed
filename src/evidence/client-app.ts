import { defineExtractor } from './extractor.ts';
import type { Fact, SetupFact } from './facts.ts';
import type { Paste } from './paste.ts';

/**
 * Third-party clients of the gateway (dashboards, admin panels, mobile and desktop apps, IDE and
 * browser extensions) by name. When one of them is the side that fails a handshake (an old protocol,
 * a missing challenge nonce, an unknown `client.id`), the fix is to update or report *that* client,
 * so the reply has to name it; updating OpenClaw does not help. Also the `clientDisplayName` a
 * gateway log prints for the connecting client.
 */
const KNOWN =
  /\b(?:OpenClaw-Admin|OpenClaw Admin|ClawSuite|Mission Control|ClawControl|AEGIS|Chowder|TeamClaw|OpenClaw Studio|openclaw-manager|ClawPanel|Browser Relay|Chrome (?:extension|relay)|VS ?Code (?:extension|plugin)|Cursor (?:extension|plugin))\b/i;
const DISPLAY_NAME = /"clientDisplayName\\?"\s*:\s*\\?"([A-Za-z0-9][\w .-]{1,40})\\?"/;
const MAX_LINE = 4096;

export const clientApp = defineExtractor({
  name: 'client-app',
  extract(paste: Paste): Fact[] {
    const out: SetupFact[] = [];
    const limit = Math.min(paste.lineCount(), 2000);
    let known: SetupFact | undefined;
    let display: SetupFact | undefined;
    for (let n = 1; n <= limit && !(known && display); n++) {
      const raw = paste.line(n);
      const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
      if (!known) {
        const m = KNOWN.exec(line);
        if (m) known = { kind: 'setup', client: 'third-party', name: m[0], at: { message: paste.message, line: n } };
      }
      if (!display) {
        const m = DISPLAY_NAME.exec(line);
        if (m) display = { kind: 'setup', client: 'third-party', name: m[1]!.trim(), at: { message: paste.message, line: n } };
      }
    }
    // The name the asker uses is what they will look for; the log's display name only stands in.
    if (known) out.push(known);
    else if (display) out.push(display);
    return out;
  },
});
