import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const cliResult = defineExtractor({
  name: 'cli-result',
  extract: () => [],
});
