import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const devicesListTable = defineExtractor({
  name: 'devices-list-table',
  extract: () => [],
});
