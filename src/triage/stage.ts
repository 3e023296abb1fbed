/**
 * The support flow's stages, in the words the CLI prints. A finding keeps the stage of its rule;
 * a diagnosis's stage is the step the user must do next.
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

/**
 * Default precedence when several findings apply (earlier wins). `other-cause` only wins when no
 * pairing signal is present; the engine checks that, not this order.
 */
export const stagePrecedence: readonly Stage[] = stages;
