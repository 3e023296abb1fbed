import { docs } from '../docs.ts';
import { ASK_VERSION, PAIRING_FIXTURE, code, fires, lookalikeRule, silent } from './shared.ts';

/**
 * Reference §11.D1/D3: a method call on an open connection refused with `missing scope: X`. The
 * connection was granted fewer scopes than it needs (often a stored device token's scopes). Unlike a
 * pairing failure it creates no request, so no approve command is given; a pending upgrade, if any,
 * is looked at from the list first. Some 2026.5 builds also returned it by mistake.
 */
export default lookalikeRule({
  id: 'missing-scope-method',
  title: 'A gateway method was refused for a missing operator scope (`missing scope: …`)',
  docs: [docs.operatorScopes, docs.updating],
  causes: ['missing-scope-method'],
  advise(m) {
    const scope = m.fact.detail;
    const scopeText = scope ? code(scope) : 'a scope';
    return {
      summary: `A gateway call was refused with ${code(`missing scope: ${scope ?? '…'}`)}: the connection is open but was granted fewer scopes than this method needs (it lacks ${scopeText}). This did not create a pairing request.`,
      steps: [
        {
          text: 'Connect with the shared gateway token instead of a stored device token: a CLI or backend client that has the gateway token gets the scopes it asks for. Locally that is `gateway.auth.token` in `openclaw.json`; for a remote gateway `gateway.remote.token`. Then retry the command that failed.',
        },
        { text: 'Check which scopes this device holds, and whether a scope upgrade for it is pending (on the gateway host):', command: 'openclaw devices list --json' },
        {
          text: 'If that list shows a pending request for this device, it is a real pairing request: paste the list here and I will give you the exact command. Do not approve requests you do not recognise.',
        },
      ],
      ifFails: [
        { text: 'Some 2026.5 builds answered method calls with `missing scope:` by mistake. If you are on 2026.5.x, update and retry:', command: 'openclaw update' },
      ],
      notFixes: [
        'Removing or clearing devices: the device is paired; this call just lacks a scope.',
        '`devices rotate` to add scopes: rotation cannot go beyond what the device was approved for.',
      ],
      asks: [ASK_VERSION, 'openclaw devices list --json'],
      notes: [
        'If it still fails, also paste the command that failed with its full output.',
        ...(scope === 'operator.admin' ? ['`operator.admin` is needed for e.g. `/new` and `/reset` in chat and for session management; it covers every other scope.'] : []),
      ],
    };
  },
  examples: {
    fires: [
      fires('method call', ['$ openclaw cron list\n[openclaw] Reason: missing scope: operator.read'], ['operator.read', 'openclaw update']),
      fires('HTTP 403 body', ['{"ok":false,"error":{"type":"forbidden","message":"missing scope: operator.write"}}'], ['operator.write']),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('answer to devices approve is not a look-alike', [
        { text: '$ openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692\n[openclaw] Failed to start CLI: GatewayClientRequestError: missing scope: operator.admin' },
      ]),
    ],
  },
});
