// Speech nouns that are what someone talks about, not who talks: `Hale said Tamm’s remarks were “unfair”` quotes
// Hale, not Tamm, though `Tamm’s remarks` alone would credit Tamm.

import { CUE_VERBS, SPEECH_NOUNS } from './cues';
import type { CueFact } from './paragraph';
import { wordIndexAt, type OutsideWord } from './speakers';

/** An owned speech noun (`Tamm’s remarks`, `her comments`), as nounCue writes it: the owner, then the noun. */
function ownedNoun(cue: CueFact): boolean {
  if (!SPEECH_NOUNS.has(cue.lemma) || cue.cue.length <= cue.lemma.length) return false;
  const owner = cue.cue.slice(0, cue.cue.indexOf(' ') + 1).toLowerCase();
  return /[’']s?\s$/.test(owner) || owner === 'his ' || owner === 'her ' || owner === 'their ' || owner === 'its ';
}

function sentenceAt(words: OutsideWord[], at: number): number {
  const i = wordIndexAt(words, at);
  return i < words.length ? words[i].sentence : -1;
}

/**
 * The cues without owned speech nouns that share a sentence with a speech verb crediting a person: the verb's
 * subject speaks, and the noun is the topic (`Hale says Tamm’s posts were “reckless”`, `Rand called Berg’s
 * remarks “a slap in the face”`, `Holm said so before Lund’s comments.`).
 */
export function withoutTopicNouns(cues: CueFact[], words: OutsideWord[]): CueFact[] {
  const owned = cues.filter(ownedNoun);
  if (owned.length === 0) return cues;
  const verbs = cues.filter((c) => {
    if (ownedNoun(c) || c.speaker === null || c.speaker.kind === 'thing') return false;
    // A verb (`commented`), not a noun cue (`in a statement`, `comments from`).
    const first = c.cue.split(' ')[0].toLowerCase();
    return !SPEECH_NOUNS.has(c.lemma) || CUE_VERBS.get(first)?.lemma === c.lemma;
  });
  if (verbs.length === 0) return cues;
  const topics = new Set(
    owned.filter((noun) => {
      const sentence = sentenceAt(words, noun.start);
      // The noun phrase (owner to noun) is a verb's topic, unless it is that verb's own subject (`Hale’s column
      // explains`).
      const from = noun.start + noun.lemma.length - noun.cue.length;
      const to = noun.start + noun.lemma.length;
      return verbs.some((v) => sentenceAt(words, v.start) === sentence && !(v.speaker!.at >= from && v.speaker!.at < to));
    }),
  );
  return topics.size === 0 ? cues : cues.filter((c) => !topics.has(c));
}
