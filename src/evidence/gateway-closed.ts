import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const gatewayClosed = defineExtractor({
  name: 'gateway-closed',
  extract: () => [],
});
