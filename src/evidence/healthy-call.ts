import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const healthyCall = defineExtractor({
  name: 'healthy-call',
  extract: () => [],
});
