import { describe, expect, it } from 'vitest';
import { clientApp } from '../../src/evidence/client-app.ts';
import { lookalikeExtractors } from '../../src/rules/other-cause/index.ts';
import { only, run } from '../evidence/devices-fixtures.ts';

/** The extractor as diagnose runs it: built from the registered rules' declarations. */
const describedLookalike = lookalikeExtractors[1]!;

const facts = (text: string) => only(run(describedLookalike, text), 'lookalike');

describe('described-lookalike', () => {
  it('a described wrong token in the UI is a gateway token problem for the Control UI', () => {
    expect(facts('every time I open the dashboard it says the token is wrong')).toMatchObject([
      { cause: 'gateway-token-mismatch', client: 'control-ui', detail: 'described' },
    ]);
    expect(facts('打开网页界面，token 一直不对')).toMatchObject([{ cause: 'gateway-token-mismatch', client: 'control-ui' }]);
  });

  it('a service that kept an old token is token drift', () => {
    expect(facts('the systemd service token does not match the one in openclaw.json')).toMatchObject([
      { cause: 'gateway-token-mismatch', detail: 'service token drift' },
    ]);
  });

  it('other tokens and printed errors are not described token trouble', () => {
    expect(facts('my telegram bot token is invalid')).toEqual([]);
    expect(facts('unauthorized: gateway token mismatch (provide gateway auth token)')).toEqual([]);
  });

  it('a client that never reaches the gateway', () => {
    expect(facts('the app errors out and no pairing request is generated')).toMatchObject([
      { cause: 'never-reaches-gateway', detail: 'no-request' },
    ]);
    expect(facts('iPad shows a TLS connection failure after trusting the fingerprint')).toMatchObject([
      { cause: 'never-reaches-gateway', detail: 'tls' },
    ]);
    expect(facts('No pending pairing request found for code QWER7788')).toEqual([]);
  });

  it('break-glass switches on and still failing: the secure-context gate', () => {
    expect(facts('set "dangerouslyDisableDeviceAuth": true and it still does not work')).toMatchObject([
      { cause: 'control-ui-insecure-context', detail: 'break-glass set' },
    ]);
    expect(facts('"allowInsecureAuth": true')).toEqual([]);
  });

  it('an allow-list entry without the port the page is opened on', () => {
    const text =
      'OPENCLAW_GATEWAY_ALLOWED_ORIGINS=http://localhost,http://10.1.2.3\nMODEL_URL=http://10.1.2.3:11434/v1\nopen http://10.1.2.3:18789/#token=abc';
    expect(facts(text)).toMatchObject([{ cause: 'origin-not-allowed', detail: 'http://10.1.2.3:18789' }]);
    expect(facts('allowedOrigins: ["http://10.1.2.3:18789"]\nopen http://10.1.2.3:18789/')).toEqual([]);
  });
});

describe('client-app', () => {
  it("names a third-party client, the asker's name before a log display name", () => {
    const f = only(run(clientApp, 'after closing ClawSuite the error stops\n{"clientDisplayName":"Web Backend"}'), 'setup');
    expect(f).toMatchObject([{ client: 'third-party', name: 'ClawSuite' }]);
    expect(only(run(clientApp, '{"client":"cli","clientDisplayName":"Acme Relay"}'), 'setup')).toMatchObject([{ name: 'Acme Relay' }]);
  });
});
