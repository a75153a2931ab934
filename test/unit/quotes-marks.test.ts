// Quote-mark pairing: the two-apostrophe style, quotes whose paragraphs were run together, markup and measures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanMarks } from '../../server/src/engine/rules/quotes/spans';

test('two apostrophes open and close a quote like a double mark', () => {
  const text = "''We kept the lights on all night,'' said the warden. ''Nobody slept.''";
  assert.deepEqual(scanMarks(text), {
    spans: [
      { start: 0, end: 36, closed: true },
      { start: 54, end: 71, closed: true },
    ],
    strayClosers: [],
    wrongWay: [],
  });
  assert.equal(text.slice(0, 36), "''We kept the lights on all night,''");
});

test('a single apostrophe is not the two-apostrophe style, four in a row are nothing', () => {
  assert.deepEqual(scanMarks("The crew's boat and the ferrymen's'''' flag"), { spans: [], strayClosers: [], wrongWay: [] });
});

test('three apostrophes are a single mark beside a double one', () => {
  const text = "''He told me, 'Go home,''' said the pilot.";
  assert.deepEqual(scanMarks(text).spans, [{ start: 0, end: 26, closed: true }]);
  assert.equal(text.slice(24, 26), "''");
});

test('an opening mark after a sentence end inside an open quote goes on with the same quote', () => {
  const text = 'Gil Amar said: "The pumps failed at six. "By seven the cellar was full." Then he left.';
  assert.deepEqual(scanMarks(text).spans, [{ start: 15, end: 72, closed: true, continued: [41] }]);
  const curly = 'Gil Amar said: “The pumps failed at six. “By seven the cellar was full.”';
  assert.deepEqual(scanMarks(curly).spans, [{ start: 15, end: 72, closed: true, continued: [41] }]);
});

test('an opening mark inside an open quote but not after a sentence end still cuts the first one off', () => {
  const text = 'She wrote “the levy and “the toll” in one line.';
  assert.deepEqual(scanMarks(text).spans, [
    { start: 10, end: 24, closed: false },
    { start: 24, end: 34, closed: true },
  ]);
});

test('marks inside a markup tag are not quotation marks', () => {
  const text = '<embed author="@harbourwatch" date="May 2">Boats are back</embed> and “the town cheered.”';
  assert.deepEqual(scanMarks(text), { spans: [{ start: 70, end: 89, closed: true }], strayClosers: [], wrongWay: [] });
});

test('an inch mark after a number is a measure, not a quote', () => {
  assert.deepEqual(scanMarks('The keeper stands 6\'2" tall and owns a 12" radio.'), { spans: [], strayClosers: [], wrongWay: [] });
});

test('a closing-shaped mark that opens the paragraph opens a quote', () => {
  assert.deepEqual(scanMarks('” … and the bridge will hold,” the engineer wrote.').spans, [{ start: 0, end: 30, closed: true }]);
  assert.deepEqual(scanMarks('\u202a”We will rebuild!” wrote a reader.').spans, [{ start: 1, end: 19, closed: true }]);
});

test('a curly mark facing the wrong way pairs by its place and is reported with the right mark', () => {
  assert.deepEqual(scanMarks('”Ferries are late again,” wrote a reader.'), {
    spans: [{ start: 0, end: 25, closed: true }],
    strayClosers: [],
    wrongWay: [{ at: 0, mark: '”', should: '“' }],
  });
  assert.deepEqual(scanMarks('She said “no more delays“ and left.').wrongWay, [{ at: 24, mark: '“', should: '”' }]);
  assert.deepEqual(scanMarks('Er sagte „keine Verspätung“ und ging.').wrongWay, []);
});

test('a sentence end before a closing single mark still lets the next opening mark go on with the quote', () => {
  const text = 'Ann Hale said: "He shouted \'what now?\' "Then he walked off the pier." The crowd left.';
  assert.deepEqual(scanMarks(text).spans, [{ start: 15, end: 69, closed: true, continued: [39] }]);
});

test('feet and inches in curly marks are a measure inside a quote too', () => {
  assert.deepEqual(scanMarks('“He is like 6’2”, and I am not,” she said.'), {
    spans: [{ start: 0, end: 32, closed: true }],
    strayClosers: [],
    wrongWay: [],
  });
});
