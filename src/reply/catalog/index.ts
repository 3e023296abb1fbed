/**
 * Turns the rules' English into the asker's language. A text is looked up whole by its skeleton,
 * then sentence by sentence; what has no entry stays English and is reported to `onMiss`, which
 * the catalog test uses to list the gaps. Traditional Chinese is the Simplified catalog converted
 * with opencc-js (Taiwan phrasing), loaded on first use only.
 */
import { createRequire } from 'node:module';
import type { Language } from '../../evidence/language.ts';
import { fill, toSkeleton } from '../skeleton.ts';
import { en } from './en.ts';
import type { Catalog, Chrome } from './types.ts';
import { zhHans } from './zh-Hans.ts';

export type { Catalog, Chrome } from './types.ts';

export interface Translator {
  language: Language;
  chrome: Chrome;
  /** A rule's text (one or more sentences) in this language. */
  text(english: string): string;
}

type Convert = (s: string) => string;
let toTraditional: Convert | undefined;
function traditional(): Convert {
  if (!toTraditional) {
    const opencc = createRequire(import.meta.url)('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): Convert };
    const convert = opencc.Converter({ from: 'cn', to: 'twp' });
    const cache = new Map<string, string>();
    toTraditional = (s) => {
      let t = cache.get(s);
      if (t === undefined) {
        t = convert(s);
        if (cache.size < 5000) cache.set(s, t);
      }
      return t;
    };
  }
  return toTraditional;
}

/** Converts the parts of a template that are words, never a code span (commands, ids). */
function convertOutsideCode(s: string, convert: Convert): string {
  return s
    .split(/(`[^`\n]*`)/)
    .map((piece, i) => (i % 2 === 1 ? piece : convert(piece)))
    .join('');
}

const englishTranslator: Translator = { language: 'en', chrome: en, text: (s) => s };

// A sentence ends at . ! ? or : before a capital, a code span or a parenthesis.
const SENTENCE_END = /(?<=[.!?])(?<!\b(?:e\.g|i\.e)\.)\s+(?=[A-Z{(`])/;
const CJK_END = /[。！？：；）」]$/;

export function translator(language: Language, onMiss?: (skeleton: string) => void): Translator {
  if (language === 'en') return englishTranslator;
  const catalog: Catalog = zhHans;
  const convert: Convert = language === 'zh-Hant' ? (s) => convertOutsideCode(s, traditional()) : (s) => s;
  const part = (p: string): string => {
    const label = catalog.labels[p];
    if (label) return convert(label);
    if (p.startsWith('`'))
      return p.replaceAll('`, and `', '`、`').replaceAll('`, `', '`、`').replaceAll('` and `', '` 和 `').replaceAll('` or `', '` 或 `');
    return p;
  };
  const chrome: Chrome =
    language === 'zh-Hant'
      ? {
          ...catalog.chrome,
          ifFails: convert(catalog.chrome.ifFails),
          notFixes: convert(catalog.chrome.notFixes),
          safety: convert(catalog.chrome.safety),
          docs: convert(catalog.chrome.docs),
          pasteOutput: (asks) => convert(catalog.chrome.pasteOutput(asks)),
          footer: (stage, more) => convert(catalog.chrome.footer(stage, more)),
          secretHead: (names, where) => convert(catalog.chrome.secretHead(names, where)),
          inputNotes: convertAll(catalog.chrome.inputNotes, convert),
          buttons: convertAll(catalog.chrome.buttons, convert),
          popups: convertAll(catalog.chrome.popups, convert),
        }
      : catalog.chrome;

  const text = (english: string): string => {
    if (english.trim() === '') return english;
    const whole = toSkeleton(english);
    // Nothing but commands, ids and numbers: nothing to translate.
    if (!/[A-Za-z]{2}/.test(whole.key.replace(/\{\d+\}/g, ''))) return english;
    const hit = catalog.sentences[whole.key];
    if (hit !== undefined) return fill(convert(hit), whole.parts, part);
    // Sentence by sentence, each renumbered from {0}.
    const pieces = whole.key.split(SENTENCE_END);
    if (pieces.length === 1) {
      onMiss?.(whole.key);
      return english;
    }
    let out = '';
    for (const piece of pieces) {
      const local: string[] = [];
      const key = piece.replace(/\{(\d+)\}/g, (_m, n: string) => {
        local.push(whole.parts[Number(n)]!);
        return `{${local.length - 1}}`;
      });
      const t = catalog.sentences[key];
      let rendered: string;
      if (!/[A-Za-z]{2}/.test(key.replace(/\{\d+\}/g, ''))) rendered = fill(key, local);
      else if (t === undefined) {
        onMiss?.(key);
        rendered = fill(key, local);
      } else rendered = fill(convert(t), local, part);
      out += out === '' || CJK_END.test(out) ? rendered : ` ${rendered}`;
    }
    return out;
  };
  return { language, chrome, text };
}

/** Every string of a record converted, the keys kept. */
function convertAll<T extends object>(record: T, convert: (s: string) => string): T {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, convert(v as string)])) as T;
}
