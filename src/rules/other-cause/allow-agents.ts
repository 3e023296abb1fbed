import { afterRegex, ahead } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

const SPAWN_TEXT = '{"status":"forbidden","error":"agentId is not allowed for sessions_spawn (allowed: none)"}';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'allow-agents': true;
    'spawn-depth': true;
    'require-agent-id': true;
  }
}

/**
 * Reference §11.D5: a `sessions_spawn` tool result refused by the agent allow-list (or the depth /
 * requireAgentId checks next to it). No WebSocket and no gateway auth is involved.
 */
export default lookalikeRule({
  id: 'allow-agents',
  priority: 750,
  title: '`sessions_spawn` refused by the sub-agent allow-list (`agentId is not allowed for sessions_spawn`)',
  docs: [docs.subagents, docs.configReference],
  causes: ['allow-agents', 'spawn-depth', 'require-agent-id'],
  phrases: [
    // `(allowed: …)` proves it is the tool's text, not someone naming the error in a sentence.
    {
      needle: 'is not allowed for sessions_spawn',
      guard: (x) => ahead(x, 400).includes('(allowed:'),
      detail: afterRegex(/^[^(]{0,20}\(allowed:\s*([^)]{0,200})\)/),
    },
    {
      needle: 'is not in the configured agent registry',
      guard: (x) => ahead(x, 400).includes('(allowed:'),
      detail: afterRegex(/^[^(]{0,20}\(allowed:\s*([^)]{0,200})\)/),
      example: '{"status":"forbidden","error":"agentId \\"coder\\" is not in the configured agent registry (allowed: main)"}',
    },
    {
      needle: 'sessions_spawn is not allowed at this depth',
      cause: 'spawn-depth',
      guard: (x) => ahead(x, 200).includes('(current depth'),
      detail: afterRegex(/^\s*\((current depth:\s*\d+,\s*max:\s*\d+)\)/),
    },
    { needle: 'requires explicit agentid when requireagentid is configured', cause: 'require-agent-id' },
  ],
  advise(m) {
    const f = m.fact;
    const notes = ['Edit `openclaw.json` on the gateway host; it is JSON5, so comments and trailing commas are fine.'];
    if (f.cause === 'spawn-depth') {
      return {
        summary: `\`sessions_spawn\` was refused because the sub-agent would be nested deeper than allowed (${code(`sessions_spawn is not allowed at this depth${f.detail ? ` (${f.detail})` : ''}`)}); no gateway connection was involved, so this is not a pairing problem.`,
        steps: [
          {
            text: 'Either spawn from the top-level agent instead of from a sub-agent, or raise the limit:\n```json5\n{ agents: { defaults: { subagents: { maxSpawnDepth: 2 } } } }\n```',
          },
          { text: 'Restart the gateway so it loads the change:', command: 'openclaw gateway restart' },
        ],
        notFixes: [NOT_DEVICE_COMMANDS],
        asks: [ASK_VERSION],
        notes,
      };
    }
    if (f.cause === 'require-agent-id') {
      return {
        summary: `\`sessions_spawn\` was called without an \`agentId\` while \`requireAgentId\` is set (${code('sessions_spawn requires explicit agentId when requireAgentId is configured')}); this is not a pairing problem.`,
        steps: [
          { text: 'Have the agent pass an explicit `agentId` (the `agents_list` tool shows the allowed ids).' },
          {
            text: 'Or, if you did not mean to require it, remove `subagents.requireAgentId` from that agent in `openclaw.json` and restart:',
            command: 'openclaw gateway restart',
          },
        ],
        notFixes: [NOT_DEVICE_COMMANDS],
        asks: [ASK_VERSION],
        notes,
      };
    }
    const registry = f.text.includes('configured agent registry');
    const allowed = f.detail ?? 'none';
    return {
      summary: registry
        ? `\`sessions_spawn\` was refused because the target agent is allow-listed but not defined in \`agents.list\` (${code('is not in the configured agent registry')}); this is not a pairing problem.`
        : `\`sessions_spawn\` was refused because the target agent is not in the calling agent's allow-list (${code(`agentId is not allowed for sessions_spawn (allowed: ${allowed})`)}); no gateway connection was involved, so this is not a pairing problem.`,
      steps: registry
        ? [
            {
              text: 'Add the target agent to `agents.list` in `openclaw.json` (an `id` plus its settings), or spawn one of the ids that are listed.',
            },
            { text: 'Restart the gateway:', command: 'openclaw gateway restart' },
          ]
        : [
            {
              text:
                'In `openclaw.json`, add the target agent id (or `"*"` for any) to `agents.list[].subagents.allowAgents` of the agent that calls `sessions_spawn` (replace `main`/`research` with your ids):\n' +
                '```json5\n{\n  agents: {\n    list: [\n      { id: "main", subagents: { allowAgents: ["research"] } },\n    ],\n  },\n}\n```\n' +
                'or for every agent, `agents.defaults.subagents.allowAgents`: `agents: { defaults: { subagents: { allowAgents: ["*"] } } }`.',
            },
            { text: 'Restart the gateway so it loads the change:', command: 'openclaw gateway restart' },
            {
              text: 'Retry the spawn. Related refusals: `sessions_spawn is not allowed at this depth` (raise `agents.defaults.subagents.maxSpawnDepth`) and `requires explicit agentId when requireAgentId is configured` (pass an `agentId`).',
            },
          ],
      notFixes: [
        NOT_DEVICE_COMMANDS,
        'Gateway tokens, `allowInsecureAuth` or a gateway restart alone: the gateway refused nothing here; the agent config did.',
      ],
      asks: [ASK_VERSION],
      notes,
    };
  },
  examples: {
    fires: [
      fires('tool result', [SPAWN_TEXT], ['agents.list[].subagents.allowAgents', 'agents.defaults.subagents.allowAgents']),
      fires(
        'depth',
        ['{"status":"forbidden","error":"sessions_spawn is not allowed at this depth (current depth: 1, max: 1)"}'],
        ['maxSpawnDepth'],
      ),
      fires(
        'requireAgentId',
        ['sessions_spawn requires explicit agentId when requireAgentId is configured. Use agents_list to see allowed agent ids.'],
        ['agentId'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('prose mention without the allowed list', [
        { text: 'Issue #58085 shows sub-agents were already failing with a different error (agentId is not allowed for sessions_spawn).' },
      ]),
    ],
  },
});
