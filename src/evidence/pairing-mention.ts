import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const pairingMention = defineExtractor({
  name: 'pairing-mention',
  extract: () => [],
});
