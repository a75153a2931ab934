// What gives a quote a source besides a speech verb: credit lines, labels, transcripts, set-ups, documents, and the
// verbs that credit words without saying they were spoken. None of these quotes is an orphan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, credits, rules } from './quotes-helpers';

test('a dash and a name after the quote credit it (a quote collection)', () => {
  const r = check('“The ferry is the only way off the island.” ― Mira Olsen, a teacher', '“We need a bridge.”― Tomas Berg');
  assert.deepEqual(credits(r), [
    ['attributed', 'Mira Olsen', '―'],
    ['attributed', 'Tomas Berg', '―'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('a bracketed source ending the paragraph credits a round-up excerpt', () => {
  const r = check('STORM CLOSES THE PORT “The harbour will stay shut until the wind drops below gale force.” [Coast Courier.]');
  assert.deepEqual(credits(r), [['attributed', 'Coast Courier', '[']]);
  assert.deepEqual(r.findings, []);
});

test('a year in brackets after a slogan is not its source', () => {
  const r = check('The party printed it on every leaflet: “Keep the harbour ours, keep the jobs here” (2009).');
  assert.deepEqual(credits(r), [['attributed', 'the party', ':']]);
});

test('a name and role straight before the quote label it (a round-up line)', () => {
  const r = check('- Harbour boss Ann Hale "We were poor today and the crowd deserved better than that."');
  assert.deepEqual(credits(r), [['attributed', 'Ann Hale', 'label']]);
  assert.deepEqual(r.findings, []);
});

test('a transcript label in capitals opens the quote and names its speaker', () => {
  const r = check(
    'The full exchange went like this.',
    '"HALE: Will the ferry run on Sunday or not?"',
    '"RUDD: It will run if the wind drops."',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Hale', 'HALE:'],
    ['attributed', 'Rudd', 'RUDD:'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('a sentence ending in a colon sets up the quote with its subject, even without a speech verb', () => {
  const r = check(
    'Ivo Tamm, who has run the ferry for thirty years, had only one worry in the storm: “The engine is older than I am.”',
    'He then listed what the island needs:',
    '“A second boat, a longer pier and a doctor who stays the winter.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ivo Tamm', ':'],
    ['floating', 'Ivo Tamm', null],
  ]);
  assert.deepEqual(rules(r), [['quote-floating', 154, 219]]);
});

test('a quote that follows a speech act (praised, accused) in the paragraph before floats on from that speaker', () => {
  const r = check(
    'Ola Brandt praised the crew for their work through the night.',
    '“They never stopped, not once, until the last car was off.”',
  );
  assert.deepEqual(credits(r), [['floating', 'Ola Brandt', null]]);
  const plain = check(
    'Ola Brandt maintains a small boatyard on the north shore.',
    '“They never stopped, not once, until the last car was off.”',
  );
  assert.deepEqual(credits(plain), [['unattributed', null, null]]);
});

test('verbs that credit words without reporting speech: found, welcomed, attributed ... to', () => {
  const r = check(
    'The inspectors found the pier was “unsafe for any vessel over ten tonnes and should close at once”.',
    'The mayor welcomed “the swift decision of the harbour board to act”.',
    'Kari Lund attributed the rise in trade to “our new timetable and the cheaper fares”.',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'the inspectors', 'found'],
    ['attributed', 'the mayor', 'welcomed'],
    ['attributed', 'Kari Lund', 'attributed'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('a quote attributed to an author in the sentence before', () => {
  const r = check('I keep coming back to a line attributed to Selma Vik. “A town that closes its harbour closes its mind.”');
  assert.deepEqual(credits(r), [['attributed', 'Selma Vik', 'attributed to']]);
});

test('to say, to add after the subject: the subject speaks; declined to say credits nobody', () => {
  const r = check('Pia Rand was quick to add, “The bridge is safe for cars.”');
  assert.deepEqual(credits(r), [['attributed', 'Pia Rand', 'to add']]);
  const refused = check('Pia Rand declined to comment. “The bridge is safe for cars and for lorries alike.”');
  assert.deepEqual(rules(refused), [['quote-unattributed', 30, 82]]);
});

test('by with a gerund or a bare noun is not a passive agent', () => {
  const r = check(
    'Ivo Tamm responded by waving at the crowd, saying the ferry “would sail at dawn whatever the weather did”.',
    '“We are still waiting for the part,” Ola Brandt said by telephone. “Nobody can tell us when it comes.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ivo Tamm', 'saying'],
    ['attributed', 'Ola Brandt', 'said'],
    ['attributed', 'Ola Brandt', 'said'],
  ]);
});

test('a speech noun owned or issued by someone credits the quote: soundbite, a rather partisan view', () => {
  const r = check(
    'Mr Lund ended with another of his favourite soundbites. “A harbour is a promise to the sea.”',
    'Kari Lund, the editor, has a rather partisan view. “The ferry is the best thing that ever happened here.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Lund', 'his favourite soundbites'],
    ['attributed', 'Kari Lund', 'has a rather partisan view'],
  ]);
});

test('a capitalised title with small words is a title, not speech', () => {
  const r = check('“Waiting Is the Hardest Part” star Ola Brandt opened the festival.');
  assert.deepEqual(credits(r), [['scare', null, null]]);
});

test('a pull quote credited on the line under it, even when its closing mark ends that line', () => {
  const r = check('The island is divided.', '"We will not leave the island, whatever the council decides.', 'Ola Brandt, harbour master."');
  assert.deepEqual(credits(r), [['attributed', 'Ola Brandt', 'credit line']]);
  assert.deepEqual(r.findings, []);
  const dashed = check('“A second boat would change everything for us.”', '— Kari Lund, ferry pilot');
  assert.deepEqual(credits(dashed), [['attributed', 'Kari Lund', '—']]);
});

test('a question or a line with a verb under a quote is not a credit line', () => {
  const r = check('“The ferry must run every day of the year.”', 'Do you support Ola Brandt? Tell us below.');
  assert.deepEqual(credits(r), [['unattributed', null, null]]);
});

test('bare quotes after a set-up quote in the same paragraph go on in that voice', () => {
  const r = check('The questions from the floor were hostile: “Is it too late?” . . . “Who pays for the pier?”');
  assert.deepEqual(credits(r), [
    ['attributed', 'the questions from the floor', ':'],
    ['attributed', 'the questions from the floor', ':'],
  ]);
});

test('a name owning the quote is its speaker, and a byline credits the headline before it and the excerpt after it', () => {
  const r = check(
    'Nobody forgot Lena Moss’s “I will sail alone” speech that winter.',
    '—“Ferry strike ends,” by the Courier’s Ivo Tamm: “The crews went back to work on Monday after a long week.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Lena Moss', 'Moss’s'],
    ['attributed', 'Ivo Tamm', 'by'],
    ['attributed', 'Ivo Tamm', 'by'],
  ]);
});

test('an article that included a line, a governor who blamed, an official who estimated', () => {
  const r = check(
    'The memo included the line “no boat leaves without a second engineer on board”.',
    'Gov. Pia Rand blamed the board’s “three absent members who never read the report”.',
    'Kari Lund estimated that there are “somewhere between forty and fifty boats still missing”.',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'the memo', 'included the line'],
    ['attributed', 'Pia Rand', 'blamed'],
    ['attributed', 'Kari Lund', 'estimated'],
  ]);
});

test('was quick to add at a paragraph end hands the speaker on; a plain infinitive does not', () => {
  const r = check('Ola Brandt was quick to add that the timetable would not change.', '“Not a minute earlier, not a minute later.”');
  assert.deepEqual(credits(r), [['floating', 'Ola Brandt', null]]);
  const plain = check(
    'The board wanted a vote to acknowledge the problem.',
    '“Not a minute earlier, not a minute later for any ferry at all.”',
  );
  assert.deepEqual(credits(plain), [['unattributed', null, null]]);
});

test('a speaker quoted as saying, or ending by saying, goes on speaking in the next quote', () => {
  const r = check('“We sail at six,” Ola Brandt is quoted as saying. “The crew is ready and so is the boat.”');
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'saying'],
    ['attributed', 'Ola Brandt', 'saying'],
  ]);
});

test('an article of mostly uncredited quotes is a collection: the person its introduction features speaks them', () => {
  const r = check(
    ['headline', 'Ola Brandt in his own words'],
    'Ola Brandt, who ran the ferry for thirty years, retired this week.',
    '“I never missed a crossing, not even in the storm of 1998.”',
    'The ferry will now be run by the county.',
    '“The sea taught me patience and the passengers taught me the rest.”',
    'He plans to stay on the island.',
    '“Where else would I go? My boat is here.”',
  );
  assert.deepEqual(
    credits(r).filter((c) => c[0] !== 'scare'),
    [
      ['attributed', 'Ola Brandt', 'introduction'],
      ['attributed', 'Ola Brandt', 'introduction'],
      ['attributed', 'Ola Brandt', 'introduction'],
    ],
  );
  assert.deepEqual(r.findings, []);
});

test('one uncredited quote in credited copy stays an orphan even when someone is featured', () => {
  const r = check(
    'Ola Brandt, who ran the ferry for thirty years, retired this week.',
    '“I never missed a crossing,” he said.',
    'The ferry will now be run by the county.',
    '“The timetable will change in the spring for every route.”',
  );
  assert.deepEqual(rules(r), [['quote-unattributed', 146, 204]]);
});

test('a paragraph opening with That was how X put it credits the quote before it', () => {
  const r = check('“You cannot run a ferry on promises and goodwill alone.”', 'That was how Kari Lund, the pilot, described the plan.');
  assert.deepEqual(credits(r), [['attributed', 'Kari Lund', 'described']]);
});

test('a partial quote inside the writer’s sentence takes its source from the document the sentence names', () => {
  const r = check('The contract bars anyone who “took part personally and substantially in the tender” from bidding again.');
  assert.deepEqual(credits(r), [['attributed', 'the contract', 'contract']]);
  assert.deepEqual(r.findings, []);
});

test('a one-line beat between two lines of a scene keeps the speaker', () => {
  const r = check('“Is the ferry running today?” Ana Ruiz said into the phone.', 'She pauses.', '“Well, thank you for checking, then.”');
  assert.deepEqual(credits(r), [
    ['attributed', 'Ana Ruiz', 'said'],
    ['floating', 'Ana Ruiz', null],
  ]);
});

test('a credit line under a quote wins over the speaker of the paragraph before', () => {
  const r = check('“The pier will reopen in spring,” Ana Ruiz said.', '“We have waited long enough for this.”', '- Tomas Berg.');
  assert.deepEqual(credits(r), [
    ['attributed', 'Ana Ruiz', 'said'],
    ['attributed', 'Tomas Berg', '-'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('a short line of narrative that names no one is not a beat: the quote after it is an orphan', () => {
  const r = check(
    '“Is the ferry running today?” Ana Ruiz said into the phone.',
    'Crews moored their boats in the outer basin.',
    '“Nobody told us.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ana Ruiz', 'said'],
    ['unattributed', null, null],
  ]);
  assert.deepEqual(rules(r), [['quote-unattributed', 105, 122]]);
});

test('a bracketed source may close the paragraph after the writer’s own words', () => {
  const r = check(
    'FERRY BACK IN SERVICE “The crossing resumed at dawn with every seat taken.” Crews worked through the night. [Coast Courier, with agencies]',
  );
  assert.deepEqual(credits(r), [['attributed', 'Coast Courier', '[']]);
});

test('an owner pronoun and a noun before the quote credit it, but not across a sentence end', () => {
  const r = check('Ola Brandt has a habit of saying so. His favourite line — “The sea decides, not the timetable.”');
  assert.deepEqual(credits(r), [['attributed', 'Ola Brandt', 'His favourite line']]);
  const apart = check('The repairs took a month of his time. “The sea decides, not the timetable, and it always will.”');
  assert.deepEqual(credits(apart), [['unattributed', null, null]]);
});

test('an em dash sets up a quote with the subject before it', () => {
  const r = check('When Ola Brandt finally wrapped up — “I will sail again next spring!” — the crowd cheered.');
  assert.deepEqual(credits(r), [['attributed', 'Ola Brandt', '—']]);
});

test('a name straight after a quote with no verb labels it (a dropped said)', () => {
  const r = check('“We do not know who will come,” Ana Ruiz from her desk. “Could be anyone.”');
  assert.deepEqual(credits(r), [
    ['attributed', 'Ana Ruiz', 'label'],
    ['attributed', 'Ana Ruiz', 'label'],
  ]);
});

test('the attribution in a later paragraph of a quote that runs over several credits the first ones too', () => {
  const r = check(
    '“The pier was built in 1902 and nobody has touched it since.',
    '“We cannot wait another winter for the money,” said Ola Brandt.',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'said'],
    ['attributed', 'Ola Brandt', 'said'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('an attribution inside the quote means its closing mark is missing: quote-unclosed, not an orphan', () => {
  const r = check('“There was no help for the families at all, said Ana Ruiz, who runs the shelter in the old school.”');
  assert.deepEqual(credits(r), [['attributed', 'Ana Ruiz', 'said']]);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.start, f.end, f.message]),
    [['quote-unclosed', 0, 1, 'Unclosed quote: the quote runs on into its own attribution; a closing mark is missing before it.']],
  );
  assert.deepEqual(r.findings[0].fixes?.[0].edits, [{ start: 42, end: 42, newText: '”' }]);
});

test('an interjection between two questions of one speaker does not end the speaker’s turn', () => {
  const r = check('“Do we give up?” Ana Ruiz asked.', '“Nooo!”', '“Or do we roll up our sleeves and get to work?”');
  assert.deepEqual(credits(r), [
    ['attributed', 'Ana Ruiz', 'asked'],
    ['scare', null, null],
    ['floating', 'Ana Ruiz', null],
  ]);
});

test('a stance credits the words that follow: is upbeat, is “confident that ...”', () => {
  const r = check(
    'Ola Brandt is upbeat about the vote, in part because the crews back him.',
    '“Not only can we win in May, we are the only ones who can.”',
    'The ferry union is “confident that the board will keep every route open”.',
  );
  assert.deepEqual(credits(r), [
    ['floating', 'Ola Brandt', null],
    ['attributed', 'the ferry union', 'is'],
  ]);
  assert.equal(r.quotes[1].weak, 'a stance, not a speech verb');
});

test('a heading that is a fragment of a broken sentence does not end who is speaking', () => {
  const r = check(
    '“We are being kept in the dark,” Ana Ruiz told the',
    ['heading', 'Harbour Courier'],
    '.',
    '“We want an answer this week.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ana Ruiz', 'told'],
    ['floating', 'Ana Ruiz', null],
  ]);
});

test('weak sources say so in the ledger: a document, a verb that is not a speech verb', () => {
  const r = check(
    'The contract bars anyone who “took part personally and substantially in the tender” from bidding again.',
    'The mayor welcomed “the swift decision of the harbour board to act”.',
  );
  assert.deepEqual(
    r.quotes.map((q) => q.weak),
    ['a document', 'a verb that is not a speech verb'],
  );
});

test('a picture caption between two paragraphs of one quote does not break it', () => {
  const r = check(
    'Ana Ruiz said: “The museum put a tremendous effort into this bid.',
    'The old ferry at its berth in 1998. Image: Harbour Archive.',
    '“We will keep trying for the next one.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ana Ruiz', 'said'],
    ['attributed', 'Ana Ruiz', 'said'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('a wrong-way mark is quote-unclosed with a fix, and the quote is still credited', () => {
  const r = check('”Ferries are late again,” wrote a reader.');
  assert.deepEqual(credits(r), [['attributed', 'the reader', 'wrote']]);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.start, f.end, f.message, f.fixes?.[0].edits]),
    [['quote-unclosed', 0, 1, 'Wrong-way quotation mark: ” stands where “ belongs.', [{ start: 0, end: 1, newText: '“' }]]],
  );
});

test('reported speech inside a quote is not the quote’s own attribution', () => {
  const r = check(
    'The fact-checkers wrote:',
    '"The figure is 70,000. Then, in 2017, Lund said that 100,000 would come.',
    '"That adds up to 170,000 in all."',
  );
  assert.deepEqual(rules(r), [['quote-floating', 25, 97]]);
  assert.deepEqual(credits(r), [
    ['floating', 'the fact-checkers', null],
    ['floating', 'the fact-checkers', null],
  ]);
});

test('words from a document or a non-speech verb hand no speaker to the next paragraph', () => {
  const r = check('The inspectors found the pier was “safe for boats under ten tonnes”.', '“Nobody told us the timetable.”');
  assert.deepEqual(credits(r), [
    ['attributed', 'the inspectors', 'found'],
    ['unattributed', null, null],
  ]);
});

test('the subject of a verb after a relative clause is the one the clause describes', () => {
  const r = check('A shopkeeper who watched from the quay said the crossing was “the best news in a month”.');
  assert.deepEqual(credits(r), [['attributed', 'the shopkeeper', 'said']]);
});

test('a quote credited by a credit line hands its speaker on, and is no weak source', () => {
  const r = check('The island is divided.', '“The ferry is the only way off the island.” ― Mira Olsen', '“We need a bridge, and soon.”');
  assert.deepEqual(credits(r), [
    ['attributed', 'Mira Olsen', '―'],
    ['floating', 'Mira Olsen', null],
  ]);
  assert.equal(r.quotes[0].weak, undefined);
});
