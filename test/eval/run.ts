// The evaluation command: runs the whole engine (as the CLI and the editor do) on a labelled set and prints the
// figures. Usage:
//   npm run eval -- quotes ../shared/eval/quotes-dev.jsonl --corpus ../shared/corpus
//   npm run eval -- names ../shared/eval/names-dev.jsonl --corpus ../shared/corpus
//   npm run eval -- passive
//   npm run eval -- figures [DIR]   (the written set, test/eval/figures; see figures.ts)
//   npm run eval -- attribution-verb|source-plural [DIR]   (the written sets, test/eval/sourcing; see sourcing.ts)
//   npm run eval -- quote-mismatch [DIR]   (the written set and its transcripts, test/eval/transcripts; see transcripts.ts)
//   npm run eval -- speakers [train|dev] [--verbose]
//   npm run eval -- published [--context RULE] [--sample RULE N --seed S]   (see published.ts)
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import { evaluateFigures } from './figures';
import { evaluateNames, loadCases as loadNameCases } from './names';
import { publishedReport } from './published';
import { evaluateSourcing } from './sourcing';
import { evaluateMismatch } from './transcripts';
import { evaluateQuotes, loadCases as loadQuoteCases, printResult } from './quotes';
import { loadGold, printSpeakerScore, scoreSpeakers } from './speakers';

const [what, ...rest] = process.argv.slice(2);
const corpusAt = rest.indexOf('--corpus');
const corpus = corpusAt >= 0 ? rest[corpusAt + 1] : '../shared/corpus';
const file = rest.find((a, i) => !a.startsWith('--') && rest[i - 1] !== '--corpus');

/** Every line is a paragraph in the sets' plain-text files, which is how the engine reads plain text. */
const findingsOf = (text: string) => analyse(text, defaultOptions('plaintext')).findings;

if (what === 'quotes') {
  const jsonl = file ?? '../shared/eval/quotes-dev.jsonl';
  const cases = loadQuoteCases(jsonl, corpus);
  const started = performance.now();
  const result = evaluateQuotes(cases, findingsOf);
  printResult(`quote-unattributed on ${jsonl} (${cases.length} cases, whole engine)`, result);
  console.log(`  time: ${Math.round(performance.now() - started)} ms`);
} else if (what === 'names') {
  const jsonl = file ?? '../shared/eval/names-dev.jsonl';
  const cases = loadNameCases(jsonl, corpus);
  const r = evaluateNames(cases, (text) => findingsOf(text));
  console.log(`name-inconsistent on ${jsonl} (${cases.length} articles, whole engine)`);
  console.log(`recall ${r.recall.toFixed(3)} (${r.found}/${r.total})`);
  for (const [kind, k] of [...r.byKind].sort())
    console.log(`  ${kind.padEnd(18)} ${(k.found / k.total).toFixed(3)} (${k.found}/${k.total})`);
  console.log(`false alarms ${r.alarms} on ${r.documents} articles (${((r.alarms / r.documents) * 20).toFixed(2)} per 20 articles)`);
  console.log(
    `  on the ${r.cleanDocuments} clean articles: ${r.cleanAlarms} (${((r.cleanAlarms / r.cleanDocuments) * 50).toFixed(2)} per 50); ` +
      `at the other form of a tie ("written two ways", no form recommended): ${r.tieOtherForm}`,
  );
  if (r.misses.length) console.log(`misses:\n  ${r.misses.join('\n  ')}`);
  if (r.falseAlarms.length) console.log(`false alarms:\n  ${r.falseAlarms.join('\n  ')}`);
} else if (what === 'speakers') {
  // Fit on train, report on dev: the default is dev.
  const split = rest.includes('train') ? 'train' : 'dev';
  const articles = loadGold(corpus, split);
  const score = scoreSpeakers(articles, (text) => analyse(text, defaultOptions('plaintext')).quotes);
  printSpeakerScore(`speakers on PolNeAR ${split} gold attributions (whole engine)`, score, rest.includes('--verbose'));
} else if (what === 'published') {
  publishedReport(rest);
} else if (what === 'figures') {
  evaluateFigures(file ?? 'test/eval/figures');
} else if (what === 'attribution-verb' || what === 'source-plural') {
  evaluateSourcing(what, file);
} else if (what === 'quote-mismatch') {
  evaluateMismatch(file);
} else if (what === 'passive') {
  void import('./passive');
} else {
  console.error(
    'usage: npm run eval -- quotes|names|speakers|passive|figures|attribution-verb|source-plural|quote-mismatch [FILE.jsonl|DIR] [--corpus DIR] | published [--context RULE] [--sample RULE N --seed S]',
  );
  process.exitCode = 2;
}
