/**
 * What does not fix a pairing failure, and why: each was tried on a real gateway or is a common
 * forum suggestion (docs/openclaw-facts.md §12). Rules pick the lines that fit the thread; the reply's relevance
 * filter knows them too, so it can tell which ones the asker raised.
 */
export const pairingNotFixes = {
  restart: '`openclaw gateway restart` on its own: the pairing store and the pending request survive a restart.',
  insecureAuth:
    '`gateway.controlUi.allowInsecureAuth` or switching device auth off: both only affect the Control UI, not CLI or agent connections.',
  rotate: '`openclaw devices rotate`: a token can never get more scopes than the approved baseline.',
  spawnParams: '`sessions_spawn` parameters: there is no per-spawn way to pre-authorise scopes.',
  removeNarrow:
    '`openclaw devices remove`/`clear`/`reject` from this same narrow CLI: they have no local fallback and fail with the same 1008.',
  wipeState: 'Deleting all of `~/.openclaw`: you lose config, agents and credentials, not just the pairing.',
  statusFirst:
    'Running `openclaw status` as the first command after re-pairing (builds before 2026.4.25): its probe pairs read-only again.',
} as const;
