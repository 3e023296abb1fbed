import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const config = defineExtractor({
  name: 'config',
  extract: () => [],
});
