/**
 * The support flow's stages, in the words the CLI prints, in precedence order: when several rules
 * match, the earliest stage is the user's next step (the engine makes one exception for look-alikes).
 * A finding keeps the stage of its rule.
 */
export const stages = [
  'other-cause',
  'resolved',
  'remove-repair',
  'fresh-approve',
  'version-check',
  'baseline-inspection',
  'need-evidence',
  'no-match',
] as const;

export type Stage = (typeof stages)[number];
