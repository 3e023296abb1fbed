import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const connectFailed = defineExtractor({
  name: 'connect-failed',
  extract: () => [],
});
