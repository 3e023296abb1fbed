import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const devicesListJson = defineExtractor({
  name: 'devices-list-json',
  extract: () => [],
});
