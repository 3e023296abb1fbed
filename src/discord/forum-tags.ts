/**
 * The Solved tag: configured by id or by name, looked up in each forum's own tags (ids differ from
 * forum to forum), added to the thread's tags without dropping the ones people chose.
 */
export interface ForumTag {
  id: string;
  name: string;
}

/** Discord allows at most five tags on a forum post. */
export const maxAppliedTags = 5;

export function findTag(available: readonly ForumTag[], wanted: string): ForumTag | undefined {
  const name = wanted.trim().toLowerCase();
  return available.find((t) => t.id === wanted) ?? available.find((t) => t.name.trim().toLowerCase() === name);
}

export type TagChange = { kind: 'already'; tags: string[] } | { kind: 'add'; tags: string[] } | { kind: 'full'; tags: string[] };

export function addTag(applied: readonly string[], tagId: string): TagChange {
  if (applied.includes(tagId)) return { kind: 'already', tags: [...applied] };
  if (applied.length >= maxAppliedTags) return { kind: 'full', tags: [...applied] };
  return { kind: 'add', tags: [...applied, tagId] };
}
