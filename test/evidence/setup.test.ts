import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SetupFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { setup } from '../../src/evidence/setup.ts';

const run = (text: string) => setup.extract(makePaste(text)) as SetupFact[];
const clients = (text: string) => [...new Set(run(text).flatMap((f) => (f.client ? [f.client] : [])))].sort();
const wrappers = (text: string) => [...new Set(run(text).flatMap((f) => (f.wrapper ? [f.wrapper] : [])))].sort();

describe('setup', () => {
  it('the client a person describes', () => {
    expect(clients('opening the dashboard shows pairing required')).toEqual(['control-ui']);
    expect(clients('在浏览器里打开控制台提示 pairing required')).toEqual(['control-ui']);
    expect(clients('disconnected (1008): pairing required')).toEqual(['control-ui']);
    expect(clients('the OpenClaw web showed "unauthorized: gateway token missing"')).toEqual(['control-ui']);
    // A gateway log naming its browser plugin is not a browser connecting.
    expect(clients('2026-11-21T07:31:03.646+00:00 [gateway] ready (5 plugins: acpx, browser, device-pair; 2.3s)')).toEqual([]);
    expect(clients('ran openclaw node run --host 10.0.0.5 on my laptop')).toEqual(['node-host']);
    expect(clients('openclaw nodes pending shows nothing')).toEqual(['node-host']);
    expect(clients('the Android app keeps asking')).toEqual(['mobile-app']);
    expect(clients('the Windows tray app says awaiting approval')).toEqual(['desktop-app']);
    expect(clients('my slack-bridge logs pairing required')).toEqual(['third-party']);
    expect(clients('sessions_spawn fails')).toEqual(['host-call']);
    expect(clients('external connections require node pairing')).toEqual([]);
    expect(clients('子代理调用失败')).toEqual(['host-call']);
    // A client that cannot keep its identity, in the words bug reports use.
    for (const t of [
      'the app re-mints a **fresh node identity on every reconnect**',
      'Do not need to do a re-pairing device after each restart of the container.',
    ])
      expect(
        run(t).some((f) => f.newIdentityEachStart),
        t,
      ).toBe(true);
    // The TUI's own hint names it even when the asker does not.
    expect(clients('Pairing required. Run `openclaw devices list`, approve your request ID, then reconnect.')).toEqual(['tui']);
  });
  it('the browser tool of the agent is not a browser connecting', () => {
    expect(clients('openclaw browser --browser-profile openclaw start fails')).toEqual([]);
    expect(clients('the browser tool fails')).toEqual([]);
  });
  it('saying a device waits for approval', () => {
    expect(run('my phone is still waiting for approval').some((f) => f.awaitingApproval)).toBe(true);
    expect(run('[node] 等待配对审批').some((f) => f.awaitingApproval)).toBe(true);
    expect(run('everything is approved and works').some((f) => f.awaitingApproval)).toBe(false);
  });
  it("NemoClaw's own subcommand words are no sandbox name", () => {
    expect(run('nemoclaw sandbox exec alpha -- openclaw agent').some((f) => f.target === 'sandbox')).toBe(false);
    expect(run('ran nemoclaw my-assistant connect first').some((f) => f.target === 'my-assistant')).toBe(true);
  });

  it('OpenShift is Kubernetes', () => {
    expect(run('After deploying to OpenShift with the demo bundle').some((f) => f.wrapper === 'kubernetes')).toBe(true);
  });

  it('a Home Assistant add-on is an app-store container', () => {
    expect(run('- OpenClaw: 2026.3.24 (addon 2026.3.24-2, official HAOS addon)').some((f) => f.wrapper === 'nas-app')).toBe(true);
  });

  it('wrappers and the names commands need', () => {
    expect(wrappers('deployed from the Railway template')).toEqual(['hosted-template']);
    expect(wrappers('nemoclaw my-box connect')).toEqual(['nemoclaw']);
    expect(run('nemoclaw my-box connect').find((f) => f.target)?.target).toBe('my-box');
    expect(wrappers('installed the TrueNAS app')).toEqual(['nas-app']);
    expect(wrappers('ClawX on Windows')).toEqual(['desktop-bundle']);
    // An AppImage runs from its mount folder: the bundle is named by the path alone.
    const appImage = run('"entryPath": "/tmp/.mount_OneClaw-a1B2c3/resources/openclaw/openclaw.mjs"');
    expect(appImage.find((f) => f.wrapper)).toMatchObject({ wrapper: 'desktop-bundle', name: 'OneClaw' });
    expect(wrappers('kubectl exec into the pod')).toEqual(['kubernetes']);
    const compose = run('docker compose exec my-claw-gateway openclaw devices list');
    expect(compose.some((f) => f.compose)).toBe(true);
    expect(compose.find((f) => f.target)?.target).toBe('my-claw-gateway');
    expect(run('docker exec -it claw1 openclaw devices list').find((f) => f.target)?.target).toBe('claw1');
    expect(run('I docker exec into the container and ran it').find((f) => f.target)).toBeUndefined();
  });
  it("the operator's resource and a shell prompt inside the image", () => {
    expect(run('kind: OpenClawInstance').find((f) => f.wrapper)).toMatchObject({ wrapper: 'kubernetes', operator: true });
    expect(run('kubectl get openclawinstances -A').some((f) => f.operator)).toBe(true);
    expect(run('kubectl exec into the pod').some((f) => f.operator)).toBe(false);
    // A pod's hostname is its name: a StatefulSet's ordinal, a Deployment's two hashes.
    expect(wrappers('node@claw-0:/app$ openclaw devices list')).toEqual(['kubernetes']);
    expect(wrappers('node@gw-7d9f8c6b5-x2k4q:/app$ openclaw status')).toEqual(['kubernetes']);
    expect(wrappers('I have no name!@0f3a9c2b71de:/app$ openclaw status')).toEqual(['docker']);
    expect(wrappers('root@6c1e2a4b9d0f:/app# openclaw devices list')).toEqual(['docker']);
    // Another folder, or the path only in prose, is no container shell.
    expect(wrappers('me@laptop:~/app$ openclaw status')).toEqual([]);
    expect(wrappers('the files live in host:/app on the server')).toEqual([]);
  });
  it("a wrapper's own version and the one said to have the fix", () => {
    const f = run('ClawX 1.2.3 bundles it. The maintainers say it was fixed in v1.3.0');
    expect(f.find((x) => x.wrapperVersion)).toMatchObject({ name: 'ClawX', wrapperVersion: '1.2.3' });
    expect(f.find((x) => x.fixedInVersion)?.fixedInVersion).toBe('1.3.0');
    expect(run('fixed in 2026.4.25').some((x) => x.fixedInVersion)).toBe(false);
  });
  it('the pre-rename CLI name the asker types', () => {
    expect(run('docker compose run --rm clawdbot-cli onboard').find((f) => f.binary)?.binary).toBe('clawdbot');
    expect(run('is this a bug in the new version of clawdbot?').some((f) => f.binary)).toBe(false);
  });
  it('never throws and stays bounded on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        expect(() => run(s)).not.toThrow();
      }),
    );
    // Its time on 1 and 5 MB of this is a bench figure (testkit/adversarial.ts, `npm run bench`).
    expect(() => run('dashboard docker compose exec x-gateway \n'.repeat(50_000))).not.toThrow();
  });
});
