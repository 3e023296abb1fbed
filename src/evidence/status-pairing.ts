import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const statusPairing = defineExtractor({
  name: 'status-pairing',
  extract: () => [],
});
