import { defineExtractor } from './extractor.ts';

// Placeholder: filled in by the extractor's owner.
export const approvePreview = defineExtractor({
  name: 'approve-preview',
  extract: () => [],
});
