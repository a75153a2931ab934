// Who the ledger credits: the speaker phrase around a cue, one entry per person, and pronouns ranked to the person
// they stand for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import { PRONOUN_FEATURES, type PronounEvent } from '../../server/src/engine/rules/quotes/discourse';
import { personHead } from '../../server/src/engine/rules/quotes/speakers';
import weights from '../../server/src/engine/rules/quotes/weights.json';
import quoteWeights from '../../server/src/engine/rules/quotes/quote-weights.json';
import { SPEAKER_FEATURES, type SpeakerEvent } from '../../server/src/engine/rules/quotes/candidates';
import { quoteFactsOf, resolveQuotes } from '../../server/src/engine/rules/quotes';
import { tokenize } from '../../server/src/engine/tokens';
import { check, credits } from './quotes-helpers';

const speakers = (...paragraphs: string[]) => check(...paragraphs).quotes.map((q) => q.speaker);

test('a full name wins over the descriptor around it, before or after the verb', () => {
  assert.deepEqual(
    speakers(
      '“We will appeal,” said Harbour Watch president Ola Brandt.',
      'A ferry union organiser, Kari Lund, said: “Nobody asked the crew.”',
      '“It is too late,” said his oldest friend at the yard, Tomas Berg.',
      'The head of the pilots’ guild, Pia Rand, warned that the plan would be “a disaster for every small boat”.',
    ),
    ['Ola Brandt', 'Kari Lund', 'Tomas Berg', 'Pia Rand'],
  );
});

test('a title inside a capitalised run is dropped, an of-place after a name is not part of it', () => {
  assert.deepEqual(
    speakers(
      '“No,” said Port Authority Commissioner Selma Vik.',
      '“Yes,” said Secretary of State Ivo Tamm.',
      '“Maybe,” said Sen. Kari Lund of Nordland.',
      '“Never,” said the Bank of Vestby.',
    ),
    ['Selma Vik', 'Ivo Tamm', 'Kari Lund', 'the Bank of Vestby'],
  );
});

test('initials, ages and descriptions keep the phrase whole', () => {
  assert.deepEqual(
    speakers(
      '“It floats,” said J.R. Holm, a boat builder.',
      '“It sinks,” said the 46-year-old.',
      '“We sail at six,” the Nordland skipper said.',
      '“We sail at seven,” ferry company officials said.',
    ),
    ['J.R. Holm', 'the 46-year-old', 'the Nordland skipper', 'ferry company officials'],
  );
});

test('the subject of the cue’s own clause: after as, across and, past a time or a place', () => {
  assert.deepEqual(
    speakers(
      'Or, as Ola Brandt, the harbour master, put it: “The sea does not read timetables.”',
      '“Boats were lost,” said Kari Lund, who was on the pier that night and recalled the noise. “Then it went quiet.”',
      'At the quay in Vestby, Nordland, on Sunday, Pia Rand thanked the crew, saying they had done “everything a crew could do and more”.',
      'Later on Monday, Ivo Tamm wrote on his page that the ferry “will sail again by spring”.',
    ),
    ['Ola Brandt', 'Kari Lund', 'Kari Lund', 'Pia Rand', 'Ivo Tamm'],
  );
});

test('a month before a name is a first name, and a question word opening a sentence is nobody', () => {
  const r = check(
    'April Lind, the skipper, said: “We turned back.”',
    'Why was she out in that weather? “I had no choice at all that night.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'April Lind', 'said'],
    ['floating', 'April Lind', null],
  ]);
});

test('a cue word after a name ending in s is a noun, not the verb (`Sanders volunteer`)', () => {
  assert.deepEqual(speakers('“We knock on every door,” said Mia Holm, a Sanders volunteer in Vestby. “Most people are kind.”'), [
    'Mia Holm',
    'Mia Holm',
  ]);
});

test('a nearby speech verb wins over a weak verb for the same quote', () => {
  assert.deepEqual(
    speakers('Ivo Tamm said there was no choice, telling the board that “the pier must close” and that he had seen continued damage.'),
    ['Ivo Tamm'],
  );
});

test('a description and its later mention are one speaker; a surname joins the full name', () => {
  const r = check(
    '“The water came fast,” a shopkeeper said.',
    '“And the boats were gone,” the shopkeeper added.',
    '“It was the worst night,” said Ola Brandt.',
    '“I will rebuild,” Brandt said.',
    '“I have seen this before,” another shopkeeper said.',
  );
  assert.deepEqual(
    r.quotes.map((q) => q.speaker),
    ['the shopkeeper', 'the shopkeeper', 'Ola Brandt', 'Ola Brandt', 'another shopkeeper'],
  );
});

test('a pronoun goes to the speaker of the nearest speech clause, not to the last name seen', () => {
  const r = check(
    'A harbour official, Kari Lund, said the mayor had ignored the warnings for years.',
    '“I would think the mayor knew exactly what was coming,” he said.',
  );
  assert.deepEqual(credits(r), [['attributed', 'Kari Lund', 'said']]);
});

test('a pronoun of the other gender skips a titled name', () => {
  const r = check('Mrs. Holm met Mr. Berg at the pier on Friday.', 'He said: “The ferry will not run again this winter.”');
  assert.deepEqual(credits(r), [['attributed', 'Berg', 'said']]);
});

test('a surname that looks like an adverb or a preposition is still a name (Kelly, From)', () => {
  assert.deepEqual(speakers('“The tide is late,” Kelly said. “It always is in March.”', '“We will wait,” From said.'), [
    'Kelly',
    'Kelly',
    'From',
  ]);
});

test('lower-case descriptors before a name in a comma clause, a plural group before a base verb, a first name like a verb', () => {
  assert.deepEqual(
    speakers(
      '“Subpoenas are not optional,” panel chairman Ana Ruiz (D) said after the hearing. “We will vote.”',
      '“We share the same enemies,” the Vestlanders state in the paper.',
      '“It is expensive,” said Will Lund, a professor.',
    ),
    ['Ana Ruiz', 'Ana Ruiz', 'the Vestlanders', 'Will Lund'],
  );
});

test('a job word before a name is not part of the name', () => {
  assert.deepEqual(
    speakers('Farmer Ivo Tamm from the valley swore “he had never seen the river so high”.', '“We are ready,” said ferry Guard Lena Moss.'),
    ['Ivo Tamm', 'Lena Moss'],
  );
});

test('the speaker count is the number of distinct speakers, not of spellings', () => {
  const text = [
    '“The water came fast,” a shopkeeper said.',
    '“And the boats were gone,” the shopkeeper added.',
    '“It was the worst night,” said Ola Brandt.',
    '“I will rebuild,” Brandt said.',
  ].join('\n');
  const a = analyse(text, defaultOptions('plaintext'));
  assert.deepEqual([a.stats.quotes, a.stats.speakers], [4, 2]);
});

test('every pronoun candidate carries one value per named feature, and the weights name every feature', () => {
  const events: PronounEvent[] = [];
  const text = 'Ola Brandt met Kari Lund at the pier.';
  const next = '“We will sail,” he said.';
  resolveQuotes(
    [text, next].map((t, i) => ({
      start: i * 40,
      kind: 'paragraph' as const,
      facts: quoteFactsOf({ text: t, kind: 'paragraph', tokens: tokenize(t) }),
    })),
    { trace: (e) => events.push(e) },
  );
  assert.equal(events.length, 1);
  for (const c of events[0].candidates) assert.equal(c.features.length, PRONOUN_FEATURES.length);
  assert.deepEqual(Object.keys(weights.weights).sort(), [...PRONOUN_FEATURES].sort());
});

test('a description names a person by its head noun: the ranking tells the spokeswoman from the meeting', () => {
  assert.deepEqual(
    ['spokeswoman', 'reporter', 'president', 'consultant', 'aide', 'statement', 'event', 'meeting', 'government', 'letter'].map(personHead),
    [true, true, true, true, true, false, false, false, false, false],
  );
  const events: PronounEvent[] = [];
  const text = 'A spokeswoman for the yard spoke on Monday. The meeting ended late.';
  const next = '“We will sail,” she said.';
  resolveQuotes(
    [text, next].map((t, i) => ({
      start: i * 60,
      kind: 'paragraph' as const,
      facts: quoteFactsOf({ text: t, kind: 'paragraph', tokens: tokenize(t) }),
    })),
    { trace: (e) => events.push(e) },
  );
  const rolePerson = PRONOUN_FEATURES.indexOf('role-person');
  assert.deepEqual(
    events[0].candidates.map((c) => [c.display, c.features[rolePerson]]),
    [
      ['the meeting', 0],
      ['Monday', 0],
      ['the spokeswoman for the yard', 1],
    ],
  );
  assert.equal(events[0].candidates[events[0].chosen].display, 'the spokeswoman for the yard');
});

test('a pronoun before a contracted verb is a pronoun, not a name (he’s, she’d)', () => {
  assert.deepEqual(
    speakers(
      'Ola Brandt is thanking his crew for a record season.',
      'And he’s predicted a better one next year.',
      '“Let us do it again,” he tells the crowd at the pier.',
    ),
    ['Ola Brandt'],
  );
});

test('a relative clause credits the phrase it hangs on, and a name before a description wins', () => {
  assert.deepEqual(speakers('The loss was steep for Ola Brandt, who said he wanted “some rest and a day off at home.”'), ['Ola Brandt']);
  assert.deepEqual(speakers('The ferry plan drew fire from Tomas Berg, who described it as “a gift to the big operators.”'), [
    'Tomas Berg',
  ]);
  assert.deepEqual(speakers('“We will keep going,” said Pia Rand, a pollster who advised the mayor in 2010. “Nobody can stop this now.”'), [
    'Pia Rand',
    'Pia Rand',
  ]);
});

test('a bare surname two people share goes to the one the copy has mentioned most', () => {
  assert.deepEqual(
    speakers(
      '“We won,” said Ola Brandt.',
      '“It was close,” Brandt said.',
      'His daughter Kari Brandt ran the campaign office.',
      '“The harbour comes first,” Brandt said.',
      '“Then the ferries,” he added.',
    ),
    ['Ola Brandt', 'Ola Brandt', 'Ola Brandt', 'Ola Brandt'],
  );
});

test('a first name the copy gives a man or a woman rules the other pronoun out', () => {
  assert.deepEqual(
    speakers('Ruth Hale met Peter Berg at the pier on Monday. Berg spoke first about the ferries.', '“We sail at dawn,” she said.'),
    ['Ruth Hale'],
  );
  assert.deepEqual(
    speakers('Peter Berg met Ruth Hale at the pier on Monday. Hale spoke first about the ferries.', '“We sail at dawn,” he said.'),
    ['Peter Berg'],
  );
});

test('a lone lower-case word that names no one is never the speaker (an adverb, a number)', () => {
  assert.deepEqual(speakers('Brandt noted that she had long felt the same, and “in this case the board is right.”'), ['Brandt']);
  // The cue names no one (`matter-of-factly` is no speaker); the ranking credits the name of its sentence.
  assert.deepEqual(
    credits(check('“We have had better years than this one,” Ola Brandt, a delegate in a “Vote Berg” hat, said matter-of-factly.')),
    [
      ['attributed', 'Ola Brandt', 'said'],
      ['scare', null, null],
    ],
  );
  assert.deepEqual(speakers('“We were not consulted,” said residents of the old quarter.'), ['residents of the old quarter']);
});

test('the words around a name are not part of it: an adverb, a dateline, a run-in subhead, a short month', () => {
  assert.deepEqual(
    [
      speakers('Mr. Holm hardly settled the matter, first treating the remark as praise and later asserting, “Of course I pay my dues.”'),
      speakers('Harbour candidate Kari Lund quickly wrote on her page: “Another crash on the coast road today.”'),
      speakers('VESTBY — Mayor Pia Rand, opening the ferry museum on Saturday, said it would tell “a story of loss and of hope”.'),
      speakers('FERRY BOARD LOOKS AT HIM — Holm drew the board’s attention last year for saying the boat was “safe for every family”.'),
      speakers('Former Nordland governor Jan Berg, an early backer of the plan, calls the new quay “a priority” for the island.'),
    ],
    [['Holm'], ['Kari Lund'], ['Pia Rand'], ['Holm'], ['Jan Berg']],
  );
});

test('a name before its description wins even when the closing comma is left out, or a place follows the name', () => {
  assert.deepEqual(
    [
      speakers('Ola Brandt, the press officer for the ferry union said in a statement: “No boat will sail on Monday.”'),
      speakers(
        '“The odds are that the board will sit with six,” said another leading harbour lawyer, Kari J. Lund of the firm Berg and Moe.',
      ),
      speakers('In a talk with radio hosts Ivo Tamm and Pia Rand, the harbour candidate said the plan did not “fit with the island”.'),
    ],
    [['Ola Brandt'], ['Kari J. Lund'], ['the harbour candidate']],
  );
});

test('Will as a first name or a surname; a plural after a capital that opens the sentence is the head', () => {
  assert.deepEqual(
    [
      speakers('“We had the best week of the year,” Will Holm, the chair of the ferry club, said of the visit.'),
      speakers('Will wrote that the debate had been “a coarse and noisy night on the stage”.'),
      speakers('Small groups of fishermen marched through the square on Monday while chanting, “Fish for all of us.”'),
      speakers('Holm supporters chanted, “Fish for all of us, now and forever.”'),
      speakers('Holm backs “a fair price for fish” and said so again.'),
    ],
    [['Will Holm'], ['Will'], ['Small groups of fishermen'], ['Holm supporters'], ['Holm']],
  );
});

test('an owned speech noun in a sentence whose verb credits someone else is the topic; a description before a name is a person', () => {
  assert.deepEqual(
    [
      speakers('Rand called Berg’s comments “a slap in the face for the island”.'),
      speakers('Hale said Tamm’s remarks were “unfair to every crew on the coast”.'),
      speakers('Tamm’s remarks were blunt: “The ferry will not sail again.”'),
      speakers('“We will not sail,” said the former harbour master Ivo Tamm.'),
      speakers('“We will not sail,” said the Daily Courier.'),
    ],
    [['Rand'], ['Hale'], ['Tamm'], ['Ivo Tamm'], ['the Daily Courier']],
  );
});

test('the named owner of a sentence’s subject is a candidate for a later pronoun, like the subject itself', () => {
  assert.deepEqual(
    speakers(
      'Rand said the port was “busy all week and short of staff on every shift”.',
      'The ferry left the quay at noon with forty cars on board.',
      'Tamm’s term as harbour chief ends in May. He said that he will keep working for the ferry until then.',
      '“I am sure the new chief will keep the boats running,” he said.',
    ),
    ['Rand', 'Tamm'],
  );
});

test('he and she stand for a person: a body or a thing that speaks is ruled out while a person remains', () => {
  assert.deepEqual(
    speakers(
      'Kari Lund spoke at the harbour on Monday.',
      'The festival committee said the event was “a triumph for the whole town”.',
      '“This was the best day we have had in years,” she said.',
    ),
    ['the festival committee', 'Kari Lund'],
  );
});

test('a description set off after a name inside an opening clause is not the sentence’s subject', () => {
  assert.deepEqual(
    [
      speakers(
        'Asked whether Ivo Tamm, the former harbour chief, could return to the board next year, Ola Brandt shrugged.',
        '“The board will decide that, not me,” he said.',
      ),
      speakers(
        'While Ivo Tamm, the former harbour chief, was away, Ola Brandt ran the port.',
        '“It was a quiet summer for all of us,” he said.',
      ),
    ],
    [['Ola Brandt'], ['Ola Brandt']],
  );
});

test('the owner of a quoted phrase is named in passing: a later pronoun goes to the one who spoke', () => {
  assert.deepEqual(
    speakers(
      'Ivo Tamm said he would welcome a “principled harbour network” for the coast.',
      'The bay has become a flashpoint between the town, which grew under Mayor Kari Lund’s “pivot”, and the port.',
      '“We must come together to ensure a good future,” he said.',
    ),
    ['Ivo Tamm', 'Kari Lund', 'Ivo Tamm'],
  );
});

test('a lone word set off before a pronoun and its verb is an adverb, not the subject; `Name, he said,` keeps the name', () => {
  assert.deepEqual(
    [
      speakers(
        'Kari Lund came to the island in 2009.',
        'Soon, she found the harbour welcoming. The town, she said, was “kinder than any place I had lived”.',
      ),
      speakers('Tamm, he said, was right to call the harbour “a place for everyone who needs it”.'),
    ],
    [['Kari Lund'], ['Tamm']],
  );
});

test('a bare quote after a credited one goes on in that voice, not in another cue of the same sentence', () => {
  assert.deepEqual(
    speakers(
      '“They are not ending at will,” harbour spokesperson Ivo Tamm told the Courier in July, after Kari Lund stated an interest in ending the lease. “These leases are binding.”',
    ),
    ['Ivo Tamm', 'Ivo Tamm'],
  );
});

test('a name before a description that runs back past an `and` to the comma wins without the closing comma', () => {
  assert.deepEqual(
    speakers('Ola Brandt, president and chief of the Vestby Ferry Association stated, “It is not a ferry problem; it is a money problem.”'),
    ['Ola Brandt'],
  );
});

test('a lone capitalised segment that `who` describes is a person, not a place', () => {
  assert.deepEqual(speakers('Of Lund, Brandt, who has given money to Tamm, said, “He is flat-out scary. I think he is a fine man.”'), [
    'Brandt',
  ]);
});

test('a name that a quote follows right after the cue is what the speaker talked about, not the speaker', () => {
  assert.deepEqual(
    speakers(
      'Ola Brandt, a former ferry captain, said Ann Hale “was involved in every decision on the route.”',
      'In an interview, Kari Lund, the harbour clerk, said the mayor “never once asked the crew.”',
      'The winter timetable is final, said Ivo Tamm, “and the boats will keep to it.”',
    ),
    ['Ola Brandt', 'Kari Lund', 'Ivo Tamm'],
  );
});

test('a state or country set off after a town named after a preposition is a place, not the sentence subject', () => {
  assert.deepEqual(
    speakers(
      'Speaking at a rally in Bergen, North Dakota, Ola Brandt attacked the ferry plan. “It is a waste of money for every family here,” he said.',
      'In an interview in Oslo, Kari Lund, the mayor, attacked the plan. “It will cost every family here,” she said.',
      'At a hearing in Molde, South Harbour, the clerk read out the figures. “They are not good enough,” he said.',
    ),
    ['Ola Brandt', 'Kari Lund', 'the clerk'],
  );
});

test('the owner of words that the sentence subject acts on is mentioned in passing: a later pronoun is the subject', () => {
  assert.deepEqual(
    speakers(
      'Ola Brandt rubbished Ivo Tamm’s claim about the harbour. “It is nonsense from start to end,” he said.',
      'The mayor mocked Per Holm’s remarks on the budget. “He has not read it at all,” he said.',
      'Ivo Tamm’s claim about the harbour was rejected. “It is the plain truth and nothing else,” he said.',
    ),
    ['Ola Brandt', 'the mayor', 'Ivo Tamm'],
  );
});

test('a pronoun crediting a quote goes to the person the paragraph’s previous sentence is about, over an earlier speaker', () => {
  assert.deepEqual(
    speakers(
      '“We will keep the ferry going all winter,” said Ola Brandt, the harbour chief.',
      'Mr. Tamm was just as blunt. “I have heard that promise many times before,” he said.',
    ),
    ['Ola Brandt', 'Tamm'],
  );
});

test('job words with an of before a name are not part of the name the ledger shows', () => {
  assert.deepEqual(
    speakers(
      'Meanwhile, former secretary of state Ann Hale said the plan was “a bad idea for every town.”',
      'The chief of staff Ola Brandt said the ferry was “late every day this week.”',
      'A spokesman for the Ferry Union said the crews were “tired of waiting.”',
    ),
    ['Ann Hale', 'Ola Brandt', 'the spokesman for the Ferry Union'],
  );
});

test('a participle or an adverb opening the sentence before a preposition is not its subject', () => {
  assert.deepEqual(
    speakers(
      'Pressed again about the budget, Nils Holm just smiled. “The money is there for anyone who looks,” he said.',
      '“We will win the vote,” said Ola Brandt.',
      'Reached by phone, Ivo Tamm denied the claim, explaining that he was “taking a day off.”',
      'Back in 1999, Kari Lund praised the plan, telling the paper: “It is the best plan we ever had.”',
      'Led by the mayor, the rally denounced the plan as “a shutdown of every ferry on the coast.”',
    ),
    ['Nils Holm', 'Ola Brandt', 'Ivo Tamm', 'Kari Lund', 'the rally'],
  );
});

test('a description set off before the name with job words of its own still credits the name', () => {
  assert.deepEqual(
    speakers(
      'But the other candidate, former harbour master Ann Hale, drew a contrast, saying the plan was “a gift to the big lines.”',
      'The union, ferry workers of the Nord Line, said the plan was “a gift to the big lines.”',
    ),
    ['Ann Hale', 'the union'],
  );
});

test('auxiliaries and adverbs in any order before the cue, and a name after a clause-opening that, keep the subject', () => {
  assert.deepEqual(
    speakers(
      'Nordland Gov. Ola Brandt has also broadly called for “boots on the ground in every town.”',
      'The debate grew so heated over the ferry bill that Kari Lund said, “I need a translator for all of this.”',
      'A shopkeeper that watched from the quay said the boat was “far too full that day.”',
    ),
    ['Ola Brandt', 'Kari Lund', 'the shopkeeper'],
  );
});

test('the object of a cue with as and a quote after it is not the speaker; a person after a thing before who is', () => {
  assert.deepEqual(
    speakers(
      'Ola Brandt, who has in the past described Ivo Tamm as “a danger to every town on the coast,” spoke on Monday.',
      '“We will win the vote,” said Kari Lund as the results came in.',
      'In Oslo, Ivo Tamm sat through a lecture from the harbour chief, who said the plan was good for “the port as well as the town.”',
    ),
    ['Ola Brandt', 'Kari Lund', 'the harbour chief'],
  );
});

test('a participle right after a speech clause shares its speaker, not the sentence’s opening subject', () => {
  assert.deepEqual(
    speakers(
      'Ivo Tamm and Kari Lund will meet next week, Ola Brandt said, adding, “They need to sit down and talk.”',
      'Nothing can stop the plan now, Per Dahl added, saying it should be “up to the council to decide.”',
      'Nils Holm was not impressed with Tamm’s comments, telling reporters, “A lot of people want him to step down.”',
    ),
    ['Ola Brandt', 'Per Dahl', 'Nils Holm'],
  );
});

test('a weak verb is never inverted: the phrase after it is its object, and the sentence subject did it', () => {
  assert.deepEqual(
    speakers(
      'Ola Brandt, star of “Harbour Days,” thanked Ivo Tamm for “taking these steps to make us all safer.”',
      'Continued Kari Lund: “So I think it is a very real problem for every town.”',
      '“We will win the vote,” claimed Per Dahl.',
    ),
    // The show's title is a scare quote (no speaker).
    [null, 'Ola Brandt', 'Kari Lund', 'Per Dahl'],
  );
});

test('a title quoted after of inside the subject’s description does not hide the subject', () => {
  assert.deepEqual(
    speakers(
      'As Ola Brandt, professor of law at Molde and author of “Harbour Days,” put it, “The council should remember that a deal is possible.”',
    ),
    [null, 'Ola Brandt'],
  );
});

test('the one a speech verb reports about is not heard speaking: a later pronoun goes to the one who spoke', () => {
  assert.deepEqual(
    speakers(
      '“We will keep going,” said Kari Lund, the harbour chief.',
      'Ola Brandt also said that Ivo Tamm shows “great charm” and a fondness for the town.',
      '“He seems to me to be somebody who really cares about the place,” he said.',
    ),
    ['Kari Lund', 'Ola Brandt', 'Ola Brandt'],
  );
});

test('a year after the determiner keeps the description whole', () => {
  assert.deepEqual(
    speakers('“She did not like that,” said a 2008 campaign veteran.', 'According to a 2013 study, the ferry was “never once on time.”'),
    ['the 2008 campaign veteran', 'the 2013 study'],
  );
});

test('one capitalised word after an indefinite article is a description, not a person a pronoun can stand for', () => {
  const events: PronounEvent[] = [];
  const text = 'The plan worries Ann Hale, who backed it as a Democrat on the council.';
  const next = '“It is not what we voted for,” she said.';
  resolveQuotes(
    [text, next].map((t, i) => ({
      start: i * 80,
      kind: 'paragraph' as const,
      facts: quoteFactsOf({ text: t, kind: 'paragraph', tokens: tokenize(t) }),
    })),
    { trace: (e) => events.push(e) },
  );
  assert.deepEqual(
    events.map((e) => e.candidates.map((c) => c.display).sort()),
    [['Ann Hale', 'the plan']],
  );
});

test('a crowd or an audience is never he or she', () => {
  const events: PronounEvent[] = [];
  const paragraphs = ['The audience rose to its feet as Ola Brandt spoke.', '“We will keep the ferry,” he said.'];
  resolveQuotes(
    paragraphs.map((t, i) => ({
      start: i * 80,
      kind: 'paragraph' as const,
      facts: quoteFactsOf({ text: t, kind: 'paragraph', tokens: tokenize(t) }),
    })),
    { trace: (e) => events.push(e) },
  );
  const mismatch = PRONOUN_FEATURES.indexOf('number-mismatch');
  assert.deepEqual(
    events[0].candidates.map((c) => [c.display, c.features[mismatch]]),
    [
      ['Ola Brandt', 0],
      ['the audience', 1],
    ],
  );
});

test('a phrase after the subject’s preposition is not the subject: the head before it speaks', () => {
  assert.deepEqual(
    speakers(
      '“We cannot wait another winter,” a woman in the crowd shouted.',
      '“They know the ferry is the only way home,” a voice-over in the advert states.',
      'Another source familiar with the skipper’s plans said “he will sail again in May.”',
      'Ivo Tamm of the Nord Institute for Harbour Studies wrote “the quay will not hold another winter.”',
      'Kari Lund on Tuesday said “the vote is far too early for the island.”',
    ),
    ['the woman', 'the voice-over', 'another source', 'Ivo Tamm', 'Kari Lund'],
  );
});

test('names set off after a description are the speakers: two names joined, or job words before one name', () => {
  assert.deepEqual(
    speakers(
      'Two harbour pilots, Ann Hale and Ivo Tamm, found the new quay “far too short for the winter boats.”',
      'The ferry’s historians, Per and Kari Lund, wrote that the line “was never meant to pay its way.”',
      '“It is time the island had a say,” said the mayor’s guest, singer Jo Kent.',
      'The mayor’s guest, singer Jo Kent, said “the island deserves a proper vote.”',
      'The other candidate, former secretary of state Ann Hale, said “the quay can wait a year.”',
    ),
    ['Ann Hale and Ivo Tamm', 'Per and Kari Lund', 'Jo Kent', 'Jo Kent', 'Ann Hale'],
  );
});

test('an abbreviated title or an ordinal rank before a name ends no sentence and is not the speaker', () => {
  assert.deepEqual(
    speakers(
      '“The budget is far too thin,” said Del. Mark Hale.',
      '“We will hold the line,” said Navy 2nd Lt. Dana Reyes.',
      '“We were never asked,” said Sens. Ann Lowe and Per Moe.',
      '“The quay is safe,” Maj. Ivo Tamm said.',
    ),
    ['Mark Hale', 'Dana Reyes', 'Ann Lowe and Per Moe', 'Ivo Tamm'],
  );
});

test('a number after an owner or an ordinal counts the head; a label after a dash or a long name before a colon credits the quote', () => {
  assert.deepEqual(
    speakers(
      'At the quay on Monday, the mayor’s first five callers were wary: “Is the ferry ever coming back?”',
      'Late swing missed by the ferry polls - Ann Hale: “The last days moved more voters than anyone knew.”',
      'What the swing means for the island - More from the report: “The north of the island will decide it.”',
      'Former secretary of state Ann Maria Hale: “We learned that from the board and its staff.”',
    ),
    ['the mayor’s first five callers', 'Ann Hale', 'the report', 'Ann Maria Hale'],
  );
});

test('a negative contraction ends the subject, and a title in capitals before of heads a role', () => {
  assert.deepEqual(
    speakers(
      'Its hosts don’t hesitate to report that “the harbour is perfectly safe in winter.”',
      'Ann Hale, president and CEO of Nord Ferry Association stated, “It is a math problem, not a political one.”',
    ),
    ['its hosts', 'Ann Hale'],
  );
});

test('every quote-speaker candidate carries one value per named feature, and the weights name every feature', () => {
  const events: SpeakerEvent[] = [];
  const text = 'Ola Brandt met Kari Lund at the pier, and Lund said: “We will sail at dawn, whatever the sea does.”';
  quoteFactsOf({ text, kind: 'paragraph', tokens: tokenize(text) }, (e) => events.push(e));
  assert.equal(events.length, 1);
  assert.deepEqual(
    events[0].candidates.map((c) => c.text),
    ['Ola Brandt', 'Kari Lund', 'Lund'],
  );
  for (const c of events[0].candidates) assert.equal(c.features.length, SPEAKER_FEATURES.length);
  assert.deepEqual(Object.keys(quoteWeights.weights).sort(), [...SPEAKER_FEATURES].sort());
  // The cue's own choice is ranked first.
  assert.equal(events[0].candidates[events[0].chosen].text, 'Lund');
});

test('a cue that names no one is credited to the person the ranking puts first around it', () => {
  assert.deepEqual(
    credits(
      check(
        'Later in the show, Brandt said the report “was not good.” Adding, “Like every harbour scandal, it is never as bad as the cover-up.”',
      ),
    ),
    [
      ['attributed', 'Brandt', 'said'],
      ['attributed', 'Brandt', 'Adding'],
    ],
  );
});

test('the speaker ranking keeps a quote with the person its cue names, a pronoun resolved as before', () => {
  assert.deepEqual(
    speakers(
      '“It was a sad day,” Tamm told reporters outside the yard. “This is what comes of the delay,” he added, as Kari Lund said nothing.',
    ),
    ['Tamm', 'Tamm'],
  );
  assert.deepEqual(
    speakers('The first protest came during a talk at the ferry museum, when dock workers interrupted her, shouting “no boats, no votes!”'),
    ['dock workers'],
  );
});

test('words in capitals before an excerpt are its headline, never a speaker the ranking weighs', () => {
  const events: SpeakerEvent[] = [];
  const text = 'HARBOUR FEES RISE AGAIN “The board voted for the rise late on Friday.” [Coast Courier]';
  quoteFactsOf({ text, kind: 'paragraph', tokens: tokenize(text) }, (e) => events.push(e));
  for (const e of events) for (const c of e.candidates) assert.doesNotMatch(c.text, /HARBOUR|FEES/);
  assert.deepEqual(speakers(text), ['Coast Courier']);
});

test('a time phrase set off before the clause is never its subject', () => {
  assert.deepEqual(
    speakers(
      'Ann Hale promised the ferry would run all year. A few days later, Hale reversed herself, telling reporters the boats “are tied up until spring.”',
      'Two weeks ago, the harbour master warned that the quay “will not last another storm.”',
      'Each summer season, the island council says the same thing: “The road will be fixed next year.”',
    ),
    ['Ann Hale', 'the harbour master', 'the island council'],
  );
});

test('a lone adverb or connective opening the clause, or a segment opened by alongside, is never its subject', () => {
  assert.deepEqual(
    speakers(
      'Likewise, a report from the Coast Institute had this to say about the toll: “Drivers from the mainland pay twice.”',
      'Specifically, Ivo Tamm argued that the dredging “is a year late.”',
      'Alongside the union’s letter, the ferry captain said the timetable “cannot be kept in winter.”',
    ),
    ['the report from the Coast Institute', 'Ivo Tamm', 'the ferry captain'],
  );
});

test('the speaker ranking marks the phrase that ends right at the colon opening the quote, and no other', () => {
  const events: SpeakerEvent[] = [];
  const text = 'The size of the vote does not surprise harbour pollster Kari Lund: “Islanders always turn out when the ferry is at stake.”';
  quoteFactsOf({ text, kind: 'paragraph', tokens: tokenize(text) }, (e) => events.push(e));
  const k = SPEAKER_FEATURES.indexOf('before-colon');
  const marked = events.flatMap((e) => e.candidates.filter((c) => c.features[k] === 1).map((c) => c.text));
  assert.deepEqual(marked, ['Kari Lund']);
  assert.ok(events[0].candidates.length > 1);
});

test('a credit label after a hyphen typed with a space before it only (`-More from`) names the source', () => {
  assert.deepEqual(
    speakers('Signs of a late swing were there all along -More from Lund and Tamm: “Our own panel saw the ferry vote move.”'),
    ['Lund and Tamm'],
  );
});

test('a day or a month after an article describes the noun after it (`a Wednesday editorial`)', () => {
  assert.deepEqual(
    speakers(
      'Hale has been under fire at home for her silence on the toll.',
      '“There are jellyfish with more backbone than Senator Hale,” a Wednesday editorial in the Coast Courier reads.',
      'On Monday, Hale said the plan was “dead in the water.”',
    ),
    ['the Wednesday editorial', 'Hale'],
  );
});

test('an -s form after a quantifier or an owner is a noun, and one before a plural verb heads its phrase', () => {
  assert.deepEqual(
    speakers(
      'The harbour board wrote to the council on Friday, calling the two long inspection reports “sloppy and late.”',
      'Several ferry reports describe the crossing as “rough but safe.”',
      'The auditor reports that the fund is “nearly empty.”',
      'Lund pointed to the auditor general’s report that “fewer than one in ten tickets” were checked.',
    ),
    ['the harbour board', 'several ferry reports', 'the auditor', 'the auditor general’s report'],
  );
});

test('a cue in a clause opening the sentence with a subordinator does not hide the main clause’s speaker', () => {
  assert.deepEqual(
    speakers(
      'When Lund asked whether the ferry would keep running in winter, Hale replied: “Only if the council pays.”',
      'After harbour master Ivo Tamm questioned the new tolls at the meeting, Hale shot back: “Then find the money yourself.”',
    ),
    ['Hale', 'Hale'],
  );
});

test('the ranking keeps the phrase right before its own speech verb over a person named beside it', () => {
  assert.deepEqual(
    speakers(
      'Harbour Watch, a group that tracks the ferries, says the port has “no plan at all,” a claim Kari Lund rejects.',
      'A sign outside the yard of Ola Brandt read, “No tolls, no votes.”',
    ),
    ['Harbour Watch', 'the sign'],
  );
});

test('the ranking keeps the source an according-to credits over the subject of its sentence', () => {
  assert.deepEqual(
    speakers(
      'Harbour master Ivo Tamm spoke with the dockers on Monday “to discuss the new tolls,” according to a harbour board summary.',
      'Ivo Tamm called the tolls “a tax on the poor,” according to Kari Lund.',
    ),
    ['the harbour board summary', 'Kari Lund'],
  );
});
