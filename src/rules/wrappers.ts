import type { DescribedClient, SetupFact, Wrapper } from '../evidence/facts.ts';
import type { Case } from '../triage/case.ts';
import type { Step } from '../triage/rule.ts';

/**
 * What wraps the gateway decides where an `openclaw` command has to run and how OpenClaw is
 * updated (issue 6 §3, docs/openclaw-facts.md §8.3): the CLI must share the gateway's state directory, so in a
 * container it runs inside the container, on a hosted template in the template's console, in a
 * NemoClaw sandbox inside the sandbox. And a wrapper pins its own OpenClaw build, so the update is
 * the wrapper's (a newer image, a redeploy, the bundle's updater), never an in-place update
 * inside it, which the next recreate throws away.
 */
export interface GatewayWrapper {
  kind: Wrapper | 'host';
  /** The wrapper's own name as the asker wrote it (`Railway`, `ClawX`). */
  name?: string;
  compose: boolean;
  /** The compose service, container or sandbox name the asker typed. */
  target?: string;
  /** The pre-rename CLI name the asker types (`clawdbot`), which their build still uses. */
  binary?: 'clawdbot' | 'moltbot';
  /** Kubernetes under the OpenClaw operator: the image is the `OpenClawInstance`'s, and the
   * operator puts any hand-changed pod back to it. */
  operator?: true;
  /** The fork the asker runs (`openclaw-zero-token`), whose releases are its own. */
  fork?: string;
}

const ORDER: readonly Wrapper[] = ['nemoclaw', 'desktop-bundle', 'hosted-template', 'kubernetes', 'nas-app', 'docker'];

export function gatewayWrapper(c: Case): GatewayWrapper {
  const facts = c.all('setup');
  const compose = facts.some((f) => f.compose);
  const binary = facts.find((f) => f.binary)?.binary;
  const fork = facts.find((f) => f.fork)?.fork;
  for (const kind of ORDER) {
    const of = facts.filter((f) => f.wrapper === kind);
    if (of.length === 0 && !(kind === 'docker' && c.platforms.includes('docker'))) continue;
    const target = of.find((f) => f.target)?.target;
    const name = of.find((f) => f.name)?.name;
    const operator = kind === 'kubernetes' && of.some((f) => f.operator);
    return {
      kind,
      name,
      compose: compose && (kind === 'docker' || kind === 'nas-app' || kind === 'hosted-template'),
      target,
      ...(binary ? { binary } : {}),
      ...(operator ? { operator } : {}),
      ...(fork ? { fork } : {}),
    };
  }
  return { kind: 'host', compose: false, ...(binary ? { binary } : {}), ...(fork ? { fork } : {}) };
}

/** Clients the asker describes, newest last; `host-call` means the host's own internal calls
 * (sessions_spawn, cron, sub-agents), which share the host's identity. */
export function describedClients(c: Case): DescribedClient[] {
  return c.all('setup').flatMap((f: SetupFact) => (f.client ? [f.client] : []));
}

export function saysAwaitingApproval(c: Case): boolean {
  return c.all('setup').some((f) => f.awaitingApproval);
}

const inContainer = (w: GatewayWrapper) => w.kind === 'docker' || w.kind === 'nas-app' || (w.kind === 'hosted-template' && w.compose);

/** An `openclaw …` command as the asker has to type it to reach the gateway's own state. */
export function wrapCommand(w: GatewayWrapper, command: string): string {
  if (w.binary && command.startsWith('openclaw ')) command = w.binary + command.slice('openclaw'.length);
  if (inContainer(w)) {
    // The gateway is the container's own process: restarting it is restarting the container.
    if (/^openclaw gateway restart\s*$/.test(command)) {
      return w.compose ? `docker compose restart ${w.target ?? 'openclaw-gateway'}` : `docker restart ${w.target ?? '<container>'}`;
    }
    if (w.compose && (!w.target || w.target.endsWith('gateway'))) return `docker compose exec ${w.target ?? 'openclaw-gateway'} ${command}`;
    return `docker exec -it ${w.target ?? '<container>'} ${command}`;
  }
  if (w.kind === 'kubernetes') return `kubectl exec -it <gateway pod> -- ${command}`;
  return command;
}

/** Where the commands run, when that is not the asker's own shell: a phrase that leads a step, or a
 * step of its own when getting there takes a command. */
export function whereStep(w: GatewayWrapper): Step | undefined {
  const name = w.name ? ` (${w.name})` : '';
  switch (w.kind) {
    case 'docker':
    case 'nas-app':
      return {
        text: w.compose
          ? `Inside the gateway's container (from the folder with your compose file${w.target ? '' : '; your gateway service may have another name than `openclaw-gateway`'}), where the CLI shares the gateway's state,`
          : `Inside the gateway's container${w.target ? '' : ' (`docker ps` shows its name)'}, where the CLI shares the gateway's state,`,
      };
    case 'kubernetes':
      return { text: "Inside the gateway pod (`kubectl get pods` shows its name), where the CLI shares the gateway's state," };
    case 'hosted-template':
      return {
        text: `In the hosted template's own shell or setup console${name}, where the gateway runs (on Railway templates the service's shell or the template's \`/setup\` console; on Coolify the container's Terminal), not on your own computer,`,
      };
    case 'nemoclaw':
      return {
        text: `Open a shell inside the NemoClaw sandbox, where the gateway and its state live, and run the next commands there${w.target ? '' : ' (`nemoclaw list` shows the sandbox name)'}:`,
        command: `nemoclaw ${w.target ?? '<sandbox>'} connect`,
      };
    case 'desktop-bundle':
      return {
        text: `With the OpenClaw that the desktop bundle${name} ships (a separately installed \`openclaw\` may use another state directory),`,
      };
    default:
      return undefined;
  }
}

/** How to move to a newer OpenClaw under this wrapper (never an in-place update inside a wrapper). */
export function upgradeStep(w: GatewayWrapper, version: string): Step {
  switch (w.kind) {
    case 'docker':
    case 'nas-app':
      return w.compose
        ? {
            text: `Move to a newer image (${version} or newer): pull it and recreate the container; an update run inside the container is lost when it is recreated.`,
            command: 'docker compose pull && docker compose up -d',
          }
        : {
            text: `Move to a newer image (${version} or newer): pull the newer tag and recreate the container (or update the app where it was installed: your NAS's app manager, Home Assistant's add-on store); an update run inside the container is lost when it is recreated.`,
          };
    case 'kubernetes':
      if (w.operator) {
        return {
          text: `Move the OpenClawInstance to a newer image (${version} or newer): set \`spec.image.tag\` in its manifest and apply it (or \`kubectl edit openclawinstance <name>\`), and the operator rolls the pod; an update run inside the pod is lost when it restarts.`,
        };
      }
      return {
        text: `Move the deployment to a newer image (${version} or newer) and let the pod restart; an update run inside the pod is lost when it restarts.`,
      };
    case 'hosted-template':
      return {
        text: `Redeploy the template on a newer OpenClaw (${version} or newer) through the template's own update or image setting${w.name ? ` (${w.name})` : ''}, not inside the running service.`,
      };
    case 'nemoclaw':
      return {
        text: `Update NemoClaw itself: it pins the OpenClaw build inside the sandbox, so updating OpenClaw inside the sandbox does not stick.`,
      };
    case 'desktop-bundle':
      return {
        text: `Update ${w.name ?? 'the desktop bundle'} through its own updater: it ships its own OpenClaw (${version} or newer is what you want inside it).`,
      };
    default:
      if (w.fork)
        return {
          text: `Move \`${w.fork}\` to its release rebased on OpenClaw ${version} or newer: it is a fork, so an upstream update is not its own.`,
        };
      return { text: `Upgrade OpenClaw to ${version} or newer:`, command: 'openclaw update' };
  }
}

/** Commands that act on the gateway's own state or service, so they run where the gateway runs;
 * `openclaw node run`, `dashboard` and the like run on the asker's own machine and are left alone. */
const GATEWAY_SIDE = /^openclaw (?:devices|nodes|config|gateway|doctor|status|logs|pairing|approvals|--version)\b/;

const PLACE_TEXT: Partial<Record<GatewayWrapper['kind'], (w: GatewayWrapper) => string>> = {
  nemoclaw: (w) => `Inside the NemoClaw sandbox (\`nemoclaw ${w.target ?? '<sandbox>'} connect\` opens a shell there): `,
  'hosted-template': (w) => `In the hosted template's own shell or setup console${w.name ? ` (${w.name})` : ''}, where the gateway runs: `,
};

/**
 * Any rule's advice, placed where the gateway runs: gateway-side `openclaw …` commands go through the
 * container or pod, and where that takes a shell of its own (a sandbox, a template console, a
 * bundle) the first such step says so. Applied once by the engine, so every rule's steps follow the
 * asker's wrapper; idempotent (a command already wrapped is left as it is).
 */
export function placeAdvice<A extends { steps: Step[]; ifFails?: Step[] }>(advice: A, c: Case): A {
  const w = gatewayWrapper(c);
  if (w.kind === 'host' && !w.binary && !w.fork) return advice;
  const place = PLACE_TEXT[w.kind];
  let told = [...advice.steps, ...(advice.ifFails ?? [])].some((s) =>
    /nemoclaw|template's own shell|setup console|ships|Inside the gateway|container|pod\b/.test(s.text),
  );
  const fix = (s: Step): Step => {
    // An in-place update inside a wrapper is lost or refused: the wrapper's own update instead.
    if ((w.kind !== 'host' || w.fork) && s.command !== undefined && /^openclaw update\b/.test(s.command)) {
      const up = upgradeStep(w, 'a newer release');
      return { text: `${s.text.replace(/:\s*$/, '.')} ${up.text}`, ...(up.command ? { command: up.command } : {}) };
    }
    if (!s.command || !GATEWAY_SIDE.test(s.command) || (w.kind === 'host' && !w.binary)) return s;
    // "On the gateway host" would now send them to the wrong shell: the place is said instead.
    const text = s.text.replace(/\s*\((?:on|run on) the gateway host[^)]*\)/i, '').replace(/^On the gateway host(?: \([^)]*\))?,\s*/i, '');
    const out: Step = { ...s, text: text.charAt(0).toUpperCase() + text.slice(1), command: wrapCommand(w, s.command) };
    // A Linux container or sandbox shell is not PowerShell, whatever the host's desktop is.
    if (w.kind !== 'desktop-bundle' && out.shell === 'powershell') delete out.shell;
    if (place && !told) {
      out.text = place(w) + out.text.charAt(0).toLowerCase() + out.text.slice(1);
      told = true;
    }
    return out;
  };
  return { ...advice, steps: advice.steps.map(fix), ...(advice.ifFails ? { ifFails: advice.ifFails.map(fix) } : {}) };
}
