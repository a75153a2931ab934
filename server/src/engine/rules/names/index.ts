// The naming checks (name-inconsistent, acronym-undefined): paragraph facts and the document pass.
export { nameFactsOf, type AcronymDefinition, type NameRun, type NameWord, type ParagraphNameFacts } from './mentions';
export { resolveNames, type NameEntityRecord, type NameOptions, type ResolvedNames } from './resolve';
export { NamesMemo } from './occurrences';
export { undefinedAcronyms } from './acronyms';
