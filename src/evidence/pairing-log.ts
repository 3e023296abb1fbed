import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const pairingLog = defineExtractor({
  name: 'pairing-log',
  extract: () => [],
});
