// First names and the gender copy gives each, learned from titled surnames on PolNeAR train and BBC texts
// (test/eval/fit-first-names.ts): the pronoun ranking, the speaker reader and name-reference's bearers read it.
import firstNames from './first-names.json';

export const FIRST_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...firstNames.m.map((n): [string, 'm'] => [n, 'm']),
  ...firstNames.f.map((n): [string, 'f'] => [n, 'f']),
]);
