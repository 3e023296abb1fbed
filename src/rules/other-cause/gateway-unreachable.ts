import type { ConnectFailedFact, GatewayClosedFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { before } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { gatewayWrapper } from '../wrappers.ts';

/**
 * `gateway closed (1006 abnormal closure (no close frame)): no close reason`, or a refused
 * connection: nothing answered on the gateway's port. `devices list`/`approve` fail this way too
 * (their local fallback only covers `pairing required`: repair-options/a/10-*-while-stopped.txt).
 */
export default defineRule<{ closed?: GatewayClosedFact; refused?: ConnectFailedFact }>({
  id: 'gateway-unreachable',
  stage: 'other-cause',
  priority: 690,
  title: 'Nothing answers on the gateway port (1006 / connection refused): the gateway is not running there',
  docs: [docs.gatewayCli, docs.gatewayTroubleshooting],
  match(c) {
    const closed = c
      .all('gateway-closed')
      .filter((g) => g.code === 1006)
      .at(-1);
    const refused = c
      .all('connect-failed')
      .filter((f) => /ECONNREFUSED|ECONNRESET|not reachable/i.test(f.message))
      .at(-1);
    if (!closed && !refused) return undefined;
    const pairingAfter = c.lastPairingFailure;
    if (pairingAfter && before((closed ?? refused)!.at, pairingAfter)) return undefined;
    return { closed, refused };
  },
  advise({ closed }, c) {
    const target = closed?.target ? ` at \`${closed.target}\`` : '';
    const host = gatewayWrapper(c).kind === 'host';
    return {
      summary: closed?.target
        ? `Nothing answered${target}: the connection dropped without a close frame, which means the gateway is not running there (or listens on another port). This is not a pairing problem.`
        : 'The connection dropped without a close frame: nothing answered at the address the client dialed, or something in between (a proxy, a port mapping) cut it. The gateway itself may be running. This is not a pairing problem.',
      steps: [
        { text: 'Check whether the gateway service is running and which port it uses:', command: 'openclaw gateway status' },
        host
          ? {
              text: 'Start it again (systemd, LaunchAgent or Scheduled Task, whichever installed it):',
              command: 'openclaw gateway restart',
            }
          : { text: 'If it is not running, start it again where it runs:', command: 'openclaw gateway restart' },
        {
          text: 'Then retry. `openclaw devices list`/`approve` need a running gateway too: their local fallback only covers `pairing required`.',
        },
      ],
      notFixes: ['Approving or removing devices: nothing reached the gateway, so there is no pairing request behind this.'],
      asks: ['openclaw gateway status', 'openclaw --version'],
    };
  },
  examples: {
    fires: [
      {
        thread: ['openclaw-2026.4.14/repair-options/a/10-approve-while-stopped.txt'],
        expect: {
          stage: 'other-cause',
          mentions: ['openclaw gateway status'],
          absent: ['devices approve', 'devices remove', 'devices clear'],
        },
      },
      {
        name: 'a browser in Docker, in Chinese: no target, the gateway may be up',
        thread: [{ text: '用 docker compose 部署，飞书机器人能正常对话，但是控制台一直 disconnected (1006): no reason' }],
        expect: {
          stage: 'other-cause',
          mentions: ['openclaw gateway status'],
          absent: ['systemd', 'devices approve', 'devices remove'],
        },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/cli-error.txt'] }],
  },
});
