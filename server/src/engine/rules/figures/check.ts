import type { Check, PassResult } from '../../pipeline';
import { figureFindings, type ParagraphFigureFacts } from './compare';
import { figureMentions } from './mentions';

/** figure-inconsistent: the same count stated two ways in one draft. */
export const figuresCheck: Check<ParagraphFigureFacts, PassResult> = {
  module: 'figures',
  paragraph: ({ text, tokens, quoteSpans }) => ({ facts: { mentions: figureMentions(text, tokens.sentences, quoteSpans) } }),
  document: (paragraphs) => ({ findings: figureFindings(paragraphs) }),
  failed: { findings: [] },
};
