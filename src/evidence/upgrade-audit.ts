import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const upgradeAudit = defineExtractor({
  name: 'upgrade-audit',
  extract: () => [],
});
