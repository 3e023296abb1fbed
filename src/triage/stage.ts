/**
 * The support flow's stages, in the words the CLI prints, in precedence order: when several rules
 * match, the earliest stage is the user's next step (precedence.ts says when a confirmed fix or a
 * look-alike departs from this order). A finding keeps the stage of its rule.
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
