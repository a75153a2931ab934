// Floating quotes read right: a quote paragraph's own attribution is found before the speaker of the paragraph
// before is carried over, and the speaker carried over is the one who spoke (not an owner, a count or an object).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, credits } from './quotes-helpers';

const FLOATING = (who: string) => `Floating quote: credited to ${who} from the paragraph before.`;

function floating(r: ReturnType<typeof check>): [string, number, number, string][] {
  return r.findings.map((f) => [f.rule, f.start, f.end, f.message]);
}

test('a subject and a verb after a quote closed on a comma credit it, whatever the verb', () => {
  const r = check(
    '“The harbour will reopen in spring,” Ola Brandt said.',
    '“The port will always be the port,” an angry Ivo Tamm retaliated. “It has never closed for long.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'said'],
    ['attributed', 'Ivo Tamm', 'retaliated'],
    ['attributed', 'Ivo Tamm', 'retaliated'],
  ]);
  assert.deepEqual(r.findings, []);
  const pronoun = check('“The harbour will reopen in spring,” Ola Brandt said.', '“Crews are tired,” he surmised. “They need a week off.”');
  assert.deepEqual(credits(pronoun).slice(1), [
    ['attributed', 'Ola Brandt', 'surmised'],
    ['attributed', 'Ola Brandt', 'surmised'],
  ]);
});

test('a verb after the quote that goes on with an object is not an attribution', () => {
  const r = check(
    '“The harbour will reopen in spring,” Ola Brandt said.',
    '“We will not make it through the night,” the crew repaired the gate.',
  );
  assert.deepEqual(credits(r).slice(1), [['floating', 'Ola Brandt', null]]);
  assert.deepEqual(floating(r), [['quote-floating', 54, 94, FLOATING('Ola Brandt')]]);
});

test('a count of people is the subject of a plain verb (the two write)', () => {
  const r = check(
    '“The harbour will reopen in spring,” Ola Brandt said.',
    '“You have picked a new rule out of thin air,” the two write. “We ask you to explain it.”',
  );
  assert.deepEqual(credits(r).slice(1), [
    ['attributed', 'two', 'write'],
    ['attributed', 'two', 'write'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('an owner before a participle or a plural speech noun does not speak (Labour’s claimed bill, Brandt’s remarks)', () => {
  const claimed = check(
    'Ann Hale said the levy would pay off the Harbour Trust’s claimed repair bill.',
    '“We will pay every penny of it.”',
  );
  assert.deepEqual(floating(claimed), [['quote-floating', 78, 110, FLOATING('Ann Hale')]]);
  const remarks = check(
    '“The dam will hold,” Ola Brandt said.',
    'Ivo Tamm called Brandt’s remarks reckless.',
    '“Nobody has checked the gates in years.”',
  );
  assert.deepEqual(floating(remarks), [['quote-floating', 81, 121, FLOATING('Ivo Tamm')]]);
});

test('after a comma, a speech verb and a name that end the sentence are inverted (…, said Ann Hale.)', () => {
  const r = check('All emails are kept for a year, said Ann Hale.', '“Nothing is ever deleted by hand.”');
  assert.deepEqual(floating(r), [['quote-floating', 47, 81, FLOATING('Ann Hale')]]);
  // `told` takes the one spoken to: the paper is not the speaker.
  const told = check('“The ferry is late,” Ivo Tamm, a skipper, told the Coast Courier.', '“It has been late all winter.”');
  assert.deepEqual(floating(told), [['quote-floating', 66, 96, FLOATING('Ivo Tamm')]]);
});

test('a determiner that stands alone is the subject (Another tweeted)', () => {
  const r = check('“The gates were shut by nine,” Ola Brandt said.', 'Another tweeted, “The gates were open all night.”');
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'said'],
    ['attributed', 'Another', 'tweeted'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('the one quoted speaks, not the writer who quotes them', () => {
  const r = check(
    'The book retells the flood year by year. Hale quotes former harbour master Ivo Tamm:',
    '“We never once closed the gates.”',
  );
  assert.deepEqual(floating(r), [['quote-floating', 85, 118, FLOATING('Ivo Tamm')]]);
});

test('a name after the cue with its own verb is what was said, not who said it (now said Brandt had)', () => {
  const r = check(
    '“The dam will hold,” Ola Brandt said.',
    'Councillor Ann Hale opposed the levy at first, but now said Brandt had “the right plan for the town.”',
    '“I think we can all agree on that.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'said'],
    ['attributed', 'Ann Hale', 'said'],
    ['floating', 'Ann Hale', null],
  ]);
  assert.deepEqual(floating(r), [['quote-floating', 140, 175, FLOATING('Ann Hale')]]);
});

test('a pronoun attribution inside a quote that lost its closing mark is found (…, he added, "…)', () => {
  const r = check('“The dam will hold,” Ola Brandt said.', '"Without a second pump on the quay, he added, "the town floods every spring."');
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'said'],
    ['attributed', 'Ola Brandt', 'added'],
  ]);
  assert.deepEqual(floating(r), [
    ['quote-unclosed', 38, 39, 'Unclosed quote: the quote runs on into its own attribution; a closing mark is missing before it.'],
    ['quote-unclosed', 114, 115, 'Unmatched quotation mark: this closing mark has no opening mark before it.'],
  ]);
});

test('a double hyphen before a quote sets it up like a dash', () => {
  const r = check('“The dam will hold,” Ola Brandt said.', 'Ann Hale also backed the plan -- “I think the pumps will hold.”');
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'said'],
    ['attributed', 'Ann Hale', '--'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('an adverb between a modal and a speech verb keeps the cue (I would simply ask)', () => {
  const r = check(
    'Any rise is welcome. But to those who complain about the levy I would simply ask them: "Would you rather the quay flooded?"',
  );
  assert.deepEqual(credits(r), [['attributed', 'I', 'ask']]);
});

test('he does not stand for people', () => {
  const r = check(
    'Ivo Tamm ran the ferry for thirty years.',
    'Some people say the crossing is no longer safe.',
    '“I have never lost a passenger,” he said.',
  );
  assert.deepEqual(credits(r), [['attributed', 'Ivo Tamm', 'said']]);
});

test('carrying on one’s remarks hands the speaker on; a modifier before a plural noun is nobody', () => {
  const remarks = check(
    '“She was never the favourite,” Ivo Tamm said.',
    'Tamm continued his scathing remarks.',
    '“Eight years ago the town picked her, and then it forgot her.”',
  );
  assert.deepEqual(floating(remarks), [['quote-floating', 83, 145, FLOATING('Ivo Tamm')]]);
  const messages = check(
    'Ola Brandt praised the campaign to shame the levy by skywriting nasty messages over the bay.',
    '“Not us, but we cannot argue with it!”',
  );
  assert.deepEqual(floating(messages), [['quote-floating', 93, 131, FLOATING('Ola Brandt')]]);
});

test('who’s is who has: the relative clause credits the phrase it hangs on', () => {
  const r = check(
    'The levy would hurt families, said Ann Hale, a tax lawyer.',
    'It has become an issue, with Mara Voss — who’s called for a new levy — attacking the plan.',
    '“The plan would hurt every family on the coast,” she said.',
  );
  assert.deepEqual(credits(r), [['attributed', 'Mara Voss', 'said']]);
});

test('a paragraph of floating quotes gets one note, on its first quote; the ledger still floats them all', () => {
  const r = check(
    '“The ferry will run on Sundays again,” said Ola Brandt, the harbour master.',
    '“We lost two crews to the winter storms.” Repairs to the slipway are due in March. “Once it is done, we can sail twice a day.”',
  );
  assert.deepEqual(credits(r).slice(1), [
    ['floating', 'Ola Brandt', null],
    ['floating', 'Ola Brandt', null],
  ]);
  assert.deepEqual(floating(r), [['quote-floating', 76, 117, FLOATING('Ola Brandt')]]);
  // A second paragraph of bare quotes gets its own note.
  const two = check(
    '“The ferry will run on Sundays again,” said Ola Brandt, the harbour master.',
    '“We lost two crews to the winter storms.” “Both are back now.”',
    '“Once the slipway is done, we can sail twice a day.”',
  );
  assert.deepEqual(floating(two), [
    ['quote-floating', 76, 117, FLOATING('Ola Brandt')],
    ['quote-floating', 139, 191, FLOATING('Ola Brandt')],
  ]);
});

test('an owner of remarks inside what a named speaker said is mentioned, not speaking (Tamm said Brandt’s remarks ...)', () => {
  const r = check(
    '“The harbour will reopen in spring,” said Ola Brandt, the harbour master.',
    'Ivo Tamm, who runs the ferry company, said Brandt’s latest remarks showed “no respect for the crews.” He repeated his claim that the port was badly run and said the crews were tired.',
    '“They deserve better than this.”',
  );
  assert.deepEqual(credits(r).slice(1), [
    ['attributed', 'Ivo Tamm', 'said'],
    ['floating', 'Ivo Tamm', null],
  ]);
  assert.deepEqual(floating(r), [['quote-floating', 257, 289, FLOATING('Ivo Tamm')]]);
});
