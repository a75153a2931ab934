// Word lists are written as text (one entry per word, in the modules that use them) and registered here by name, so
// one test can read every list as written: no entry twice in a list, and no word in two lists that must not share
// one (test/unit/lexicon.test.ts).

const REGISTERED = new Map<string, readonly string[]>();

/** The entries of a list written as words separated by white space. */
export function entriesOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** A named word list: the set of its entries, registered as written. */
export function wordList(name: string, text: string): ReadonlySet<string> {
  const entries = entriesOf(text);
  REGISTERED.set(name, entries);
  return new Set(entries);
}

/** Registers a list whose entries are not plain words (`say|said|said`, `admit+`), to be checked as written. */
export function registerEntries(name: string, entries: readonly string[]): void {
  REGISTERED.set(name, entries);
}

/** Every list registered so far, by name, as written. */
export function registeredLists(): ReadonlyMap<string, readonly string[]> {
  return REGISTERED;
}
