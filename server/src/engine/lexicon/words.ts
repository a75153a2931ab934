// Word classes more than one check reads. A class used by one check stays in that check's own data file.
import { wordList } from './lists';

/** Personal pronouns as the subject of a clause. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = wordList('words/SUBJECT_PRONOUNS', 'he she it they we i you');

/** Lower-case particles inside a person's name (`Osama bin Laden`, `Vincent van Gogh`, `Charles de Gaulle`) that are
 * never ordinary English words. */
export const NAME_PARTICLES: ReadonlySet<string> = wordList(
  'words/NAME_PARTICLES',
  'al el bin ibn bint abu abd de da di du del della der den van von ter le la dos das',
);

/** Particles that are also words of English or of a sentence (`do`, `y`): read as part of a name only where a
 * longer name is already in hand. */
export const AMBIGUOUS_NAME_PARTICLES: ReadonlySet<string> = wordList('words/AMBIGUOUS_NAME_PARTICLES', 'do y zu af');

/** Courtesy and rank titles that say the person is a man, or a woman (lower case, with and without the stop). */
export const MALE_TITLES: ReadonlySet<string> = wordList('words/MALE_TITLES', 'mr mr. sir lord king prince father brother');
export const FEMALE_TITLES: ReadonlySet<string> = wordList('words/FEMALE_TITLES', 'mrs mrs. ms ms. miss lady dame queen princess sister');
