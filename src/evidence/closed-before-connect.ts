import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const closedBeforeConnect = defineExtractor({
  name: 'closed-before-connect',
  extract: () => [],
});
