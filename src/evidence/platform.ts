import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const platform = defineExtractor({
  name: 'platform',
  extract: () => [],
});
