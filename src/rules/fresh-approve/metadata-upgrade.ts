import type { MetadataAuditFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';
import { deviceName } from '../device-name.ts';
import { approveStep, listStep } from '../repairs.ts';

export default defineRule<{ audit: MetadataAuditFact }>({
  id: 'metadata-upgrade',
  stage: 'fresh-approve',
  priority: 340,
  title: 'A paired device reports a different platform or device family and must be re-approved',
  docs: [docs.devicesCli],
  match(c) {
    if (c.latest('upgrade-audit')) return undefined;
    const audit = c.latest('metadata-audit');
    return audit ? { audit } : undefined;
  },
  advise({ audit }, c) {
    const live = c.requestToApprove;
    const change = [
      audit.claimedPlatform !== audit.pinnedPlatform
        ? `platform \`${audit.pinnedPlatform ?? '<none>'}\` → \`${audit.claimedPlatform ?? '<none>'}\``
        : undefined,
      audit.claimedDeviceFamily !== audit.pinnedDeviceFamily
        ? `device family \`${audit.pinnedDeviceFamily ?? '<none>'}\` → \`${audit.claimedDeviceFamily ?? '<none>'}\``
        : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    return {
      summary: `Your ${deviceName(audit.client, audit.deviceId)} now reports different device details than it was paired with${change ? ` (${change})` : ''}, so the gateway wants it re-approved (metadata upgrade).`,
      steps: live ? [approveStep(live.requestId)] : [listStep(), approveStep(undefined)],
      notes: [
        'If you did not move this identity to another machine or OS, find out why before approving: a copied `identity/device.json` looks exactly like this.',
      ],
      asks: live ? [] : ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: '[gateway] security audit: device metadata upgrade requested reason=metadata-upgrade device=a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3 ip=unknown-ip auth=token payload=v3 claimedPlatform=darwin pinnedPlatform=linux claimedDeviceFamily=<none> pinnedDeviceFamily=<none> client=cli conn=3f1c2d4e-1111-4222-8333-944455556666\n',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['re-approved'] },
      },
    ],
    silent: [{ thread: ['seeds/000-4-logs.txt'] }],
  },
});
