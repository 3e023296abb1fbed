import type { PairedDevice } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';
import { deviceName } from '../device-name.ts';
import { freshIdentitySteps } from '../repairs.ts';

/** A paired record whose every token is revoked has no effective role, so each connect is a
 * role-upgrade request (docs/openclaw-facts.md §1.1): the record is stuck and is better removed and re-paired. */
export default defineRule<{ device: PairedDevice }>({
  id: 'revoked-device-tokens',
  stage: 'remove-repair',
  priority: 820,
  title: "The failing device's paired record has only revoked tokens",
  docs: [docs.devicesCli, docs.tokenDrift],
  match(c) {
    const failing = c.failingDevice;
    const device = c.pairedRecord(failing?.deviceId);
    if (!device?.tokens?.length) return undefined;
    return device.tokens.every((t) => t.revokedAtMs !== undefined) ? { device } : undefined;
  },
  advise({ device }, c) {
    return {
      summary: `Every token of your ${deviceName(device.clientId, device.deviceId)} is revoked, so it has no role left and each connect asks for one again (role upgrade). Re-pair it.`,
      steps: [
        {
          text: 'From the Control UI or another admin device, remove the stuck record and let the device pair again:',
          command: `openclaw devices remove ${device.deviceId ?? '<deviceId>'}`,
          recipe: 'removeOldRecord',
        },
        { text: 'Or, from this host while it is stuck, re-pair with a fresh identity:' },
        ...freshIdentitySteps(c, device.deviceId),
      ],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: '[gateway] security audit: device access upgrade requested reason=role-upgrade device=a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3 ip=unknown-ip auth=token roleFrom=<none> roleTo=operator scopesFrom=operator.read scopesTo=operator.admin client=cli conn=ccf07f72-b5a8-4565-9dad-38e48d296c58\n{"pending":[],"paired":[{"deviceId":"a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3","publicKey":"hLYWxicxk5CN4ithRmihGFzOrozzObjltI3IOzE-dpc","clientId":"cli","role":"operator","roles":["operator"],"scopes":["operator.read"],"tokens":[{"role":"operator","scopes":["operator.read"],"createdAtMs":1795242769859,"revokedAtMs":1795242779859}],"createdAtMs":1795242769859,"approvedAtMs":1795242769859}]}\n',
          },
        ],
        expect: { stage: 'remove-repair', mentions: ['revoked'] },
      },
    ],
    silent: [{ thread: ['seeds/000-4-logs.txt', 'seeds/000-5-devices-list.txt'] }],
  },
});
