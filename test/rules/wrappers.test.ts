import { describe, expect, it } from 'vitest';
import { extractEvidence } from '../../src/evidence/index.ts';
import { placeAdvice } from '../../src/rules/wrappers.ts';
import { Case } from '../../src/triage/case.ts';

const caseOf = (text: string) => new Case(extractEvidence(text, 0), { messageCount: 1 });
const advice = {
  summary: 's',
  steps: [
    { text: 'Update OpenClaw:', command: 'openclaw update' },
    { text: 'On the gateway host, list:', command: 'openclaw devices list --json' },
    { text: 'Restart:', command: 'openclaw gateway restart' },
    { text: 'On the other machine:', command: 'openclaw node run --host 10.0.0.2' },
  ],
};

describe('placeAdvice: commands run where the gateway runs', () => {
  it('compose: exec for gateway-side commands, a newer image for the update, a container restart', () => {
    const a = placeAdvice(advice, caseOf('we run it with docker compose up -d'));
    expect(a.steps[0]!.command).toBe('docker compose pull && docker compose up -d');
    expect(a.steps[1]!.command).toBe('docker compose exec openclaw-gateway openclaw devices list --json');
    expect(a.steps[1]!.text).not.toMatch(/gateway host/);
    expect(a.steps[2]!.command).toBe('docker compose restart openclaw-gateway');
    expect(a.steps[3]!.command).toBe('openclaw node run --host 10.0.0.2');
    expect(JSON.stringify(a)).not.toContain('openclaw update');
  });
  it('a NemoClaw sandbox: said once, commands unchanged', () => {
    const a = placeAdvice(advice, caseOf('NemoClaw sandbox, nemoclaw my-box connect then openclaw tui'));
    expect(a.steps[1]!.text).toContain('nemoclaw my-box connect');
    expect(a.steps[1]!.command).toBe('openclaw devices list --json');
  });
  it("a shell prompt in the image's /app, or the operator's resource: the image moves, never an update inside", () => {
    for (const text of [
      'node@claw-0:/app$ openclaw devices list',
      'kind: OpenClawInstance',
      'I have no name!@0f3a9c2b71de:/app$ openclaw status',
    ]) {
      const a = placeAdvice(advice, caseOf(text));
      expect(JSON.stringify(a)).not.toContain('openclaw update');
      expect(a.steps[0]!.text).toMatch(/newer image/);
    }
    expect(placeAdvice(advice, caseOf('kind: OpenClawInstance')).steps[0]!.text).toContain('spec.image.tag');
    expect(placeAdvice(advice, caseOf('kubectl exec into the pod')).steps[0]!.text).not.toContain('OpenClawInstance');
  });
  it('a plain host is left alone', () => {
    expect(placeAdvice(advice, caseOf('Ubuntu 24.04 VPS'))).toEqual(advice);
  });
});
