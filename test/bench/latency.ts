// npm run bench:latency [-- sizes...]: only the editor-latency part of the benchmark, for quick comparisons while
// working on speed (prints, writes nothing). The full `npm run bench` is the measurement of record.
import { transcriptFolder, markdownDraft } from './drafts';
import { editLatency } from './editor';

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const edits = Number(process.env.COPYDESK_BENCH_EDITS ?? 100);
  // COPYDESK_BENCH_TRANSCRIPTS=N: the drafts are checked with an N-word transcript folder named by the house style
  const transcriptWords = Number(process.env.COPYDESK_BENCH_TRANSCRIPTS ?? 0);
  for (const words of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]) {
    const transcripts = transcriptWords > 0 ? transcriptFolder(transcriptWords) : undefined;
    const r = await editLatency(markdownDraft(words), words, edits, { rssAfter: words >= 100_000, transcripts });
    console.log(JSON.stringify(r));
  }
}

void main();
