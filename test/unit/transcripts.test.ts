// quote-mismatch: transcripts read as words, quotes split at ellipses and insertions, the alignment, and the exact
// findings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import { quoteSegments, TranscriptIndex } from '../../server/src/engine/rules/transcripts';
import { transcriptWords } from '../../server/src/engine/rules/transcripts/parse';

const VTT = [
  'WEBVTT',
  '',
  'NOTE a call with the head of the harbour board',
  '',
  '1',
  '00:00:01.000 --> 00:00:04.000',
  '<v Pike>Um, the dredging will start',
  'in the first week of May.',
  '',
  '2',
  '00:00:04.500 --> 00:00:08.000',
  '<v Pike>It will cost, you know, two million pounds [laughs] and take six weeks.',
].join('\n');

const NOTES = ['Q: Will the boats move?', 'PIKE: Every boat will have a new mooring by the summer.'].join('\n');

const options = {
  ...defaultOptions('plaintext'),
  transcripts: [
    { name: 'call.vtt', text: VTT },
    { name: 'notes.txt', text: NOTES },
  ],
};

function mismatches(line: string) {
  const text = line + '\n';
  return analyse(text, options)
    .findings.filter((f) => f.rule === 'quote-mismatch')
    .map((f) => ({ text: text.slice(f.start, f.end), severity: f.severity, message: f.message }));
}

describe('transcripts as words', () => {
  it('leaves out headers, timestamps, cue numbers, speaker labels, stage notes and fillers', () => {
    assert.deepEqual(
      transcriptWords(VTT).map((w) => w.norm),
      'the dredging will start in the first week of may it will cost you know two million pounds and take six weeks'.split(' '),
    );
    assert.deepEqual(
      transcriptWords(NOTES).map((w) => w.norm),
      'will the boats move every boat will have a new mooring by the summer'.split(' '),
    );
  });

  it('splits a quote at ellipses and bracketed insertions', () => {
    assert.deepEqual(
      quoteSegments('“[The dredging] will start … in May, [it] will cost two million.”').map((s) => s.shown.join(' ')),
      ['will start', 'in May', 'will cost two million'],
    );
  });

  it('finds the passage of a quote with a word changed, from its runs of words', () => {
    const index = new TranscriptIndex();
    index.set('call.vtt', VTT);
    const match = index.match(quoteSegments('"The dredging will start in the second week of May"'));
    assert.deepEqual(match && [match.file, match.line, match.differences, match.same, match.total], [
      'call.vtt',
      6,
      ['“second” for “first”'],
      9,
      10,
    ]);
    index.delete('call.vtt');
    assert.equal(index.match(quoteSegments('"The dredging will start in the second week of May"')), null);
  });
});

describe('quote-mismatch findings', () => {
  it('warns of changed, dropped and added words, with the passage', () => {
    assert.deepEqual(mismatches('"It will cost three million pounds and take six weeks," Pike said.'), [
      {
        text: '"It will cost three million pounds and take six weeks,"',
        severity: 'warning',
        message:
          'Quote differs from the transcript (call.vtt, line 12): “three” for “two”. The transcript has: “It will cost, you know, two million pounds [laughs] and take six weeks”',
      },
    ]);
    assert.deepEqual(
      mismatches('"Every boat will have a mooring by the summer," Pike said.').map((f) => f.message),
      [
        'Quote differs from the transcript (notes.txt, line 2): dropped “new”. The transcript has: “Every boat will have a new mooring by the summer”',
      ],
    );
  });

  it('leaves faithful quotes alone: fillers, tics, case, punctuation, ellipses and caption breaks', () => {
    assert.deepEqual(mismatches('"The dredging will start in the first week of May," Pike said.'), []);
    assert.deepEqual(mismatches('"It will cost two million pounds ... and take six weeks," Pike said.'), []);
    assert.deepEqual(mismatches('“EVERY boat will have a new mooring by the summer,” Pike said.'), []);
    assert.deepEqual(mismatches('Pike promised "a new mooring" for every boat.'), []);
  });

  it('says a quote is in no transcript as information, and nothing without transcripts', () => {
    const line = '"The harbour will be closed to visitors all winter," Pike said.';
    assert.deepEqual(mismatches(line), [
      {
        text: '"The harbour will be closed to visitors all winter,"',
        severity: 'info',
        message: 'Quote not in the transcripts: no passage of the transcripts the house style names holds these words.',
      },
    ]);
    assert.deepEqual(
      analyse(line + '\n', defaultOptions('plaintext')).findings.filter((f) => f.rule === 'quote-mismatch'),
      [],
    );
  });
});
