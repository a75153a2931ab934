// The naming checks (name-inconsistent, acronym-undefined): paragraph facts and the document pass.
export { nameFactsOf, type AcronymDefinition, type NameRun, type NameWord, type ParagraphNameFacts } from './mentions';
export { resolveNames, type NameEntityRecord, type NameOptions } from './variants';
export { undefinedAcronyms } from './acronyms';
