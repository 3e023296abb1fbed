import type { Fact, FactKind, FactOf } from '../evidence/facts.ts';

/**
 * A thread's facts oldest first, indexed by kind: what every view of the case (requests, the
 * failing device, versions) reads from. Built once per diagnosis; pure.
 */
export class ThreadFacts {
  readonly facts: readonly Fact[];
  readonly messageCount: number;
  /** The newest message that says anything in words: a screenshot posted after "works now" does not
   * take the claim back. */
  readonly lastWords: number;
  /** When the newest message was pasted (ms epoch), if known: only then can a request be judged expired. */
  readonly at: number | undefined;
  private readonly byKind = new Map<FactKind, Fact[]>();

  constructor(facts: readonly Fact[], opts: { messageCount: number; lastWords?: number; at?: number }) {
    this.facts = [...facts].sort((a, b) => a.at.message - b.at.message || a.at.line - b.at.line);
    this.messageCount = opts.messageCount;
    this.lastWords = opts.lastWords ?? opts.messageCount - 1;
    this.at = opts.at;
    for (const f of this.facts) {
      let list = this.byKind.get(f.kind);
      if (!list) this.byKind.set(f.kind, (list = []));
      list.push(f);
    }
  }

  /** Every fact of a kind, oldest first. */
  all<K extends FactKind>(kind: K): FactOf<K>[] {
    return (this.byKind.get(kind) ?? []) as FactOf<K>[];
  }

  /** The newest fact of a kind. */
  latest<K extends FactKind>(kind: K): FactOf<K> | undefined {
    const list = this.byKind.get(kind);
    return list ? (list[list.length - 1] as FactOf<K>) : undefined;
  }

  has(kind: FactKind): boolean {
    return (this.byKind.get(kind)?.length ?? 0) > 0;
  }
}
