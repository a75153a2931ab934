import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleFindings, spanOf } from './style-helpers';

function passives(text: string) {
  return ruleFindings(text, 'passive-voice').map((f) => ({ start: f.start, end: f.end, message: f.message, severity: f.severity }));
}

test('regular participle after a be-form, with an adverb in between', () => {
  const text = 'The old footbridge was quickly repaired last spring.';
  assert.deepEqual(passives(text), [
    {
      ...spanOf(text, 'was quickly repaired'),
      message: '“was quickly repaired”: passive voice; consider saying who acted',
      severity: 'hint',
    },
  ]);
});

test('regular participles retext-passive misses: rescued, announced', () => {
  const text = 'Two walkers were rescued at dawn. The result was announced at noon.';
  assert.deepEqual(
    passives(text).map((f) => text.slice(f.start, f.end)),
    ['were rescued', 'was announced'],
  );
});

test('named agent: the message suggests the active form and the range covers the agent', () => {
  const text = 'The bakery was fined by the regulator on Tuesday.';
  assert.deepEqual(passives(text), [
    {
      ...spanOf(text, 'was fined by the regulator'),
      message: '“was fined by the regulator”: passive voice; try “the regulator fined …”',
      severity: 'hint',
    },
  ]);
});

test('irregular participle with an agent uses the simple past', () => {
  const text = 'The champion was beaten by a qualifier.';
  assert.equal(passives(text)[0].message, '“was beaten by a qualifier”: passive voice; try “a qualifier beat …”');
});

test('had been + agent keeps the participle; present tense asks for a new subject', () => {
  const a = 'The clinic had been warned by inspectors twice.';
  assert.equal(passives(a)[0].message, '“had been warned by inspectors”: passive voice; try “inspectors had warned …”');
  const b = 'The charity is funded by donations.';
  assert.equal(passives(b)[0].message, '“is funded by donations”: passive voice; try making “donations” the subject');
});

test('"by" with a number, a date or a place is no agent', () => {
  assert.equal(passives('Fares were cut by 5% this year.')[0].message, '“were cut”: passive voice; consider saying who acted');
  assert.equal(passives('The report was delivered by Friday.')[0].message, '“was delivered”: passive voice; consider saying who acted');
  assert.equal(passives('The van was parked by the road.')[0].message, '“was parked”: passive voice; consider saying who acted');
});

test('adjectival traps are not passives', () => {
  for (const text of [
    'The audience was bored before the interval.',
    'Fans were delighted with the draw.',
    'The investor is interested in a stake.',
    'The runner was tired but finished.',
    'She was very pleased with the result.',
    'The firm is based in Leeds.',
    'The couple got married in June.',
    'There were mixed reactions to the plan.',
    'The bank is set to raise rates.',
    'He was unaware of the letter.',
    'The singer was born in Hull.',
    'He is used to long shifts.',
  ]) {
    assert.deepEqual(passives(text), [], text);
  }
});

test('a psych adjective followed by a real agent is reported as passive', () => {
  const text = 'The minister was surprised by the verdict.';
  assert.equal(passives(text)[0].message, '“was surprised by the verdict”: passive voice; try “the verdict surprised …”');
});

test('one finding per construction: no double report with retext-passive', () => {
  const text = 'The window was broken and the door was stolen.';
  assert.deepEqual(
    passives(text).map((f) => text.slice(f.start, f.end)),
    ['was broken', 'was stolen'],
  );
});

test('retext-passive still adds a construction across punctuation', () => {
  const text = 'The keeper was... beaten twice.';
  assert.deepEqual(
    passives(text).map((f) => text.slice(f.start, f.end)),
    ['was... beaten'],
  );
});

test('aux chains are included: could have been, is being', () => {
  const text = 'The fire could have been prevented. The museum is being renovated.';
  assert.deepEqual(
    passives(text).map((f) => text.slice(f.start, f.end)),
    ['could have been prevented', 'is being renovated'],
  );
});

test('no passive inside quoted speech', () => {
  const text = '“The gate was opened too early,” the steward said.';
  assert.deepEqual(ruleFindings(text, 'passive-voice', { quoteSpans: [spanOf(text, '“The gate was opened too early,”')] }), []);
  // the sentence's own quotation marks are enough
  assert.deepEqual(passives(text), []);
  // with style in quotes on, the passive inside is reported
  assert.equal(ruleFindings(text, 'passive-voice', { judgeQuotes: true }).length, 1);
});

test('the active form works across an adverb, a counted name and has been', () => {
  const text = 'Since 2019 the depot has been reputedly run by one Abel Marsh, a former driver.';
  assert.deepEqual(passives(text), [
    {
      ...spanOf(text, 'has been reputedly run by one Abel Marsh'),
      message: '“has been reputedly run by one Abel Marsh”: passive voice; try “one Abel Marsh has reputedly run …”',
      severity: 'hint',
    },
  ]);
});

test('the active form works across an adverb after the participle and a coordinated agent with determiners', () => {
  const text = 'The port was hit hard by both the storm and the strike and was closed for a week.';
  assert.equal(
    passives(text)[0].message,
    '“was hit hard by both the storm and the strike”: passive voice; try “both the storm and the strike hit …”',
  );
});

test('a phrasal verb keeps its particle; a plural agent takes have', () => {
  assert.equal(
    passives('The timetable was drawn up by the harbour board.')[0].message,
    '“was drawn up by the harbour board”: passive voice; try “the harbour board drew up …”',
  );
  assert.equal(
    passives('The cafe has been bought by local bakers.')[0].message,
    '“has been bought by local bakers”: passive voice; try “local bakers have bought …”',
  );
  assert.equal(
    passives('The cafe has been sold by its owner.')[0].message,
    '“has been sold by its owner”: passive voice; try “its owner has sold …”',
  );
});

test('an agent pronoun becomes the subject', () => {
  assert.equal(passives('The ferry was chartered by them.')[0].message, '“was chartered by them”: passive voice; try “they chartered …”');
});

test('a number before an amount is still no agent', () => {
  assert.equal(passives('Fares were cut by two percent.')[0].message, '“were cut”: passive voice; consider saying who acted');
});

test('adjectival participles of state are not passives: divided, wedded to', () => {
  for (const text of ['The jury was closely divided on the charge.', 'The party is still wedded to its old slogan.']) {
    assert.deepEqual(passives(text), [], text);
  }
});

test('a long name is not cut by the agent word limit; a gerund after "by" is no agent', () => {
  const text = 'Ruiz has been endorsed by both the two largest unions and the Coastal Ferry Workers Association, aides said.';
  assert.equal(
    passives(text)[0].message,
    '“has been endorsed by both the two largest unions and the Coastal Ferry Workers Association”: passive voice; try “both the two largest unions and the Coastal Ferry Workers Association have endorsed …”',
  );
  assert.equal(
    passives('The panorama was made by joining 600 photographs.')[0].message,
    '“was made”: passive voice; consider saying who acted',
  );
});

test('the agent ends before "and" with a second participle', () => {
  assert.equal(
    passives('The timetable was drawn up by Harbour Lines and sent to the crews.')[0].message,
    '“was drawn up by Harbour Lines”: passive voice; try “Harbour Lines drew up …”',
  );
});
