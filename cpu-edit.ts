// CPU time of one-word edits through the engine (incremental, warm cache), robust to a busy machine.
import { analyse } from './server/src/engine/analyse';
import { ParagraphCache } from './server/src/engine/cache';
import { defaultOptions } from './server/src/engine/config';
import { markdownDraft } from './test/bench/drafts';

const words = Number(process.argv[2] ?? 10000);
const edits = Number(process.argv[3] ?? 100);
let text = markdownDraft(words);
const options = defaultOptions('markdown');
const cache = new ParagraphCache();
analyse(text, options, cache);
const starts: number[] = [];
for (let i = 1; i < text.length; i++) if (text[i - 1] === ' ' && /[a-z]/.test(text[i])) starts.push(i);
const times: number[] = [];
for (let e = 0; e < 2 * edits; e++) {
  const at = starts[Math.floor((e * 7919) % starts.length)] + e * 0; // spread
  text = text.slice(0, at) + 'word ' + text.slice(at);
  for (let k = 0; k < starts.length; k++) if (starts[k] >= at) starts[k] += 5;
  const before = process.cpuUsage();
  analyse(text, options, cache);
  const d = process.cpuUsage(before);
  if (e >= edits) times.push((d.user + d.system) / 1000);
}
times.sort((a, b) => a - b);
const sum = times.reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ words, edits, meanCpuMs: +(sum / edits).toFixed(2), medianCpuMs: +times[Math.floor(edits / 2)].toFixed(2), p95CpuMs: +times[Math.floor(edits * 0.95)].toFixed(2) }));
