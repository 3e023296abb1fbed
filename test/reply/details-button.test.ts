/**
 * The Details button under an auto-reply: its custom_id is a reply marker like the others (so a
 * restart still recognises the reply), and it comes last, after Dismiss.
 */
import { describe, expect, it } from 'vitest';
import { decodeMarker, markerOf, replyButtons } from '../../src/discord/reply-marker.ts';

describe('the Details button', () => {
  it("is the last button and decodes as a marker with the reply's stage and parts", () => {
    const row = replyButtons('fresh-approve', 2).toJSON() as { components: { custom_id: string; label: string }[] };
    const labels = row.components.map((c) => c.label);
    expect(labels).toEqual(['Fixed it', 'Still failing', 'Dismiss', 'Details']);
    expect(decodeMarker(row.components[3]!.custom_id)).toEqual({ action: 'details', stage: 'fresh-approve', parts: 2 });
    expect(markerOf([row])).toEqual({ action: 'fixed', stage: 'fresh-approve', parts: 2 });
  });
});

describe('button labels', () => {
  it("follow the reply's language", () => {
    const labels = (lang: 'zh-Hans' | 'zh-Hant') =>
      (replyButtons('fresh-approve', 1, lang).toJSON() as { components: { label: string }[] }).components.map((c) => c.label);
    expect(labels('zh-Hans')).toEqual(['已解决', '仍然失败', '忽略', '详情']);
    expect(labels('zh-Hant')).toEqual(['已解決', '仍然失敗', '忽略', '詳情']);
  });
});
