// The spellings ("forms") the matching strategies link, and the clusters they link them into: one cluster is one
// entity written more than one way.

import type { Occurrence } from './occurrences';

export type FormKind = 'name' | 'acronym' | 'compound';

export interface Form {
  id: string;
  text: string;
  kind: FormKind;
  occs: Occurrence[];
  /** Set when the house style lists this form as a variant. */
  houseVariant?: boolean;
  housePreferred?: boolean;
}

/** Union-find over form ids. */
class Clusters {
  private parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let cur = id; cur !== root;) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Every form a strategy has linked, and the clusters they make. */
export class FormTable {
  private readonly forms = new Map<string, Form>();
  private readonly clusters = new Clusters();

  /** The form for a text (names and acronyms share one form per text; compounds have their own). */
  formOf(kind: FormKind, text: string): Form {
    const id = `${kind === 'compound' ? 'c' : 'n'}:${text}`;
    let form = this.forms.get(id);
    if (form === undefined) {
      form = { id, text, kind, occs: [] };
      this.forms.set(id, form);
    }
    return form;
  }

  /** The form for a text, given its occurrences when it has none yet. */
  formWith(kind: FormKind, text: string, occs: readonly Occurrence[]): Form {
    const form = this.formOf(kind, text);
    if (form.occs.length === 0) form.occs.push(...occs);
    return form;
  }

  /** Adds a form made by the caller (a compound's way of writing, keyed by its stem). */
  add(form: Form): void {
    this.forms.set(form.id, form);
  }

  link(a: Form, b: Form): void {
    this.clusters.union(a.id, b.id);
  }

  /** The forms of each cluster, in the order the forms were first made. */
  groups(): Form[][] {
    const groups = new Map<string, Form[]>();
    for (const form of this.forms.values()) {
      const root = this.clusters.find(form.id);
      let list = groups.get(root);
      if (list === undefined) groups.set(root, (list = []));
      list.push(form);
    }
    return [...groups.values()];
  }
}

/** The rarer of two forms first; on a tie in count, the one used later first. */
export function rareFirst<T extends { count: number; first: number }>(a: T, b: T): [T, T] {
  if (a.count !== b.count) return a.count < b.count ? [a, b] : [b, a];
  return a.first > b.first ? [a, b] : [b, a];
}
