/** A literal string as a RegExp source: extractors build one alternation from many fixed wordings. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
