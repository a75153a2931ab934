import type { Root, Sentence as NlcstSentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import type { ParagraphTokens, Sentence, Word } from './types';

const parser = new ParseEnglish();

/** Parses one paragraph of English into an nlcst tree (positions are paragraph-relative). */
export function parseParagraph(text: string): Root {
  return parser.parse(text);
}

/** Flattens an nlcst tree into the word and sentence lists that paragraph rules read. */
export function tokensOf(tree: Root, text: string): ParagraphTokens {
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const node of para.children) {
      if (node.type !== 'SentenceNode') continue;
      const sentence = node as NlcstSentence;
      const firstWord = words.length;
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue;
        const start = child.position?.start.offset ?? 0;
        const end = child.position?.end.offset ?? start;
        words.push({ start, end, text: toString(child) });
      }
      sentences.push({
        start: sentence.position?.start.offset ?? 0,
        end: sentence.position?.end.offset ?? 0,
        firstWord,
        endWord: words.length,
      });
    }
  }
  return { text, words, sentences };
}

/** Convenience for rules and tests that only need tokens. */
export function tokenize(text: string): ParagraphTokens {
  return tokensOf(parseParagraph(text), text);
}
