import { analyse } from './server/src/engine/analyse';
import { ParagraphCache } from './server/src/engine/cache';
import { defaultOptions } from './server/src/engine/config';
import { markdownDraft } from './test/bench/drafts';
let text = markdownDraft(10000);
const options = defaultOptions('markdown');
const cache = new ParagraphCache();
analyse(text, options, cache);
const starts: number[] = [];
for (let i = 1; i < text.length; i++) if (text[i - 1] === ' ' && /[a-z]/.test(text[i])) starts.push(i);
for (let e = 0; e < 400; e++) {
  const at = starts[(e * 7919) % starts.length];
  text = text.slice(0, at) + 'word ' + text.slice(at);
  for (let k = 0; k < starts.length; k++) if (starts[k] >= at) starts[k] += 5;
  analyse(text, options, cache);
}
