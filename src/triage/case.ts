import type { Fact, FactKind, FactOf } from '../evidence/facts.ts';

/**
 * A thread's evidence merged into one view: messages oldest first, every fact kept with where it
 * came from, plus the derived views rules ask for. Built once per diagnosis; pure.
 */
export class Case {
  readonly facts: readonly Fact[];
  readonly messageCount: number;
  /** When the newest message was pasted (ms epoch), if known: only then can a request be judged expired. */
  readonly at: number | undefined;
  private readonly byKind = new Map<FactKind, Fact[]>();

  constructor(facts: readonly Fact[], opts: { messageCount: number; at?: number }) {
    this.facts = facts;
    this.messageCount = opts.messageCount;
    this.at = opts.at;
    for (const f of facts) {
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
