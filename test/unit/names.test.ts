import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameFactsOf, resolveNames, type NameOptions } from '../../server/src/engine/rules/names';
import { tokenize } from '../../server/src/engine/tokens';
import type { BlockKind, Finding, Span } from '../../server/src/engine/types';

/** Straight and curly double-quote spans of one paragraph (an unclosed quote runs to its end). */
function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open < 0 && (ch === '“' || ch === '"')) open = i;
    else if (open >= 0 && (ch === '”' || ch === '"')) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

/** Lines are paragraphs; a first line starting with "# " is the headline. */
function check(lines: string[], options: NameOptions = {}) {
  const text = lines.map((l) => l.replace(/^# /, '')).join('\n');
  let at = 0;
  const paragraphs = lines.map((line, i) => {
    const body = line.replace(/^# /, '');
    const kind: BlockKind = i === 0 && line.startsWith('# ') ? 'headline' : 'paragraph';
    const p = { start: at, kind, facts: nameFactsOf({ text: body, kind, tokens: tokenize(body), quoteSpans: quoteSpans(body) }) };
    at += body.length + 1;
    return p;
  });
  const result = resolveNames(paragraphs, options);
  const names = result.findings.filter((f) => f.rule === 'name-inconsistent');
  return { text, names, entities: result.entities(), all: result.findings };
}

const spanOf = (text: string, needle: string, nth = 0): Span => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} not in text`);
  return { start, end: start + needle.length };
};

function assertFinding(
  f: Finding | undefined,
  text: string,
  actual: string,
  nth: number,
  message: string,
  expected: string,
  related: number,
) {
  assert.ok(f, 'expected a finding');
  const span = spanOf(text, actual, nth);
  assert.equal(f.rule, 'name-inconsistent');
  assert.deepEqual({ start: f.start, end: f.end }, span);
  assert.equal(f.actual, actual);
  assert.equal(f.message, message);
  assert.deepEqual(f.expected, [expected]);
  assert.equal(f.related?.length, related);
  assert.equal(f.fixes?.[0].title, `Replace with “${expected}”`);
  assert.equal(f.fixes?.[0].preferred, true);
  assert.deepEqual(f.fixes?.[0].edits, [{ ...span, newText: expected }]);
}

test('a hyphen dropped from a double-barrelled name is flagged', () => {
  const { text, names } = check([
    'Port chief Mira Kallas-Oyelaran said on Monday the harbour would reopen.',
    'Kallas-Oyelaran added that the repairs were nearly done.',
    'Critics say Kallas Oyelaran moved too slowly.',
    'Kallas-Oyelaran rejected that.',
  ]);
  assert.equal(names.length, 1);
  assertFinding(
    names[0],
    text,
    'Kallas Oyelaran',
    0,
    '“Kallas Oyelaran”: elsewhere this draft writes “Kallas-Oyelaran” (3 times) — hyphen/space/case differs',
    'Kallas-Oyelaran',
    3,
  );
  assert.equal(names[0].severity, 'warning');
  assert.equal(names[0].fixes?.[1].title, 'Replace every variant with “Kallas-Oyelaran”');
  assert.deepEqual(names[0].fixes?.[1].edits, [{ ...spanOf(text, 'Kallas Oyelaran'), newText: 'Kallas-Oyelaran' }]);
});

test('a dotted acronym against the undotted one is flagged with the reason', () => {
  const { text, names } = check([
    'The TKV union called a strike at the depot.',
    'Members of the TKV voted on Friday, and the T.K.V. said talks had failed.',
    'The TKV will meet again next week.',
  ]);
  assert.equal(names.length, 1);
  assertFinding(names[0], text, 'T.K.V.', 0, '“T.K.V.”: elsewhere this draft writes “TKV” (3 times) — dots differ', 'TKV', 3);
});

test('an acronym variant of a defined acronym is flagged, not the definition', () => {
  const { text, names } = check([
    'The attack was claimed by Northern Front-Valley (NF-V), a splinter group.',
    'NF-V has grown since the spring. Rivals of NF-V say it is weak.',
    'Analysts said NFV-V could strike again, and NF-V denied it.',
  ]);
  // "NFV-V" shares the suffix and extends the prefix of the defined "NF-V"
  assert.equal(names.length, 1);
  assertFinding(names[0], text, 'NFV-V', 0, '“NFV-V”: elsewhere this draft writes “NF-V” (4 times) — an acronym variant', 'NF-V', 4);
});

test('a family acronym (ISIS/ISIL) is flagged against the usual one', () => {
  const { text, names } = check([
    'ISIS fighters held the bridge for a week.',
    'Later ISIS withdrew, and ISIL commanders blamed the weather.',
    'ISIS has not commented.',
  ]);
  assert.equal(names.length, 1);
  assertFinding(names[0], text, 'ISIL', 0, '“ISIL”: elsewhere this draft writes “ISIS” (3 times) — an acronym variant', 'ISIS', 3);
});

test('a surname spelt one letter differently is flagged', () => {
  const { text, names } = check([
    'Coach Petra Brannigan named her squad on Tuesday.',
    'Mrs Brannigan said the young players had earned it.',
    'The choice surprised fans, but Branigan was calm.',
    'Brannigan will name a captain later.',
  ]);
  assert.equal(names.length, 1);
  assertFinding(
    names[0],
    text,
    'Branigan',
    0,
    '“Branigan”: elsewhere this draft writes “Brannigan” (3 times) — spelt one letter differently',
    'Brannigan',
    3,
  );
});

test('swapped letters and a transliteration are flagged with their reasons', () => {
  const { text, names } = check([
    'Defence minister Oleh Zelenyuk met the envoy in the capital.',
    'Mr Zelenyuk said supplies were short. The envoy told Mr Zeleniuk that help would come.',
    'Zelenyuk thanked him. Ilse Rutkowski, the envoy, left at noon.',
    'Rutkowski later flew home. Aides said Rutkowksi was pleased.',
    'Rutkowski declined to comment.',
  ]);
  assert.equal(names.length, 2);
  assertFinding(
    names[0],
    text,
    'Zeleniuk',
    0,
    '“Zeleniuk”: elsewhere this draft writes “Zelenyuk” (3 times) — a different transliteration',
    'Zelenyuk',
    3,
  );
  assertFinding(
    names[1],
    text,
    'Rutkowksi',
    0,
    '“Rutkowksi”: elsewhere this draft writes “Rutkowski” (3 times) — two letters swapped',
    'Rutkowski',
    3,
  );
});

test('a variant inside a quotation is flagged at lower severity', () => {
  const { text, names } = check([
    'Harbour master Edda Lindqvist opened the new quay.',
    'Lindqvist said it cost less than planned.',
    '“Without Lindkvist this would never have happened,” a docker said.',
    'Lindqvist smiled.',
  ]);
  assert.equal(names.length, 1);
  assertFinding(
    names[0],
    text,
    'Lindkvist',
    0,
    '“Lindkvist”: elsewhere this draft writes “Lindqvist” (3 times) — a different transliteration',
    'Lindqvist',
    3,
  );
  assert.equal(names[0].severity, 'info');
  assert.equal(names[0].inQuote, true);
});

test('a common compound written two ways keeps the inflection in the fix', () => {
  const { text, names } = check([
    'Staff were told to check their e-mail twice a day.',
    'The e-mail policy starts in May. Old emails will be deleted.',
    'Questions can be sent by e-mail.',
  ]);
  assert.equal(names.length, 1);
  assertFinding(
    names[0],
    text,
    'emails',
    0,
    '“emails”: elsewhere this draft writes “e-mail” (3 times) — hyphen/space/case differs',
    'e-mails',
    3,
  );
});

test('a space inserted into a closed name is flagged', () => {
  const { text, names } = check([
    'Budget airline Skyvane cut fares again.',
    'Skyvane said demand was strong, and rivals followed Sky Vane within hours.',
    'Skyvane shares rose.',
  ]);
  assert.equal(names.length, 1);
  assertFinding(
    names[0],
    text,
    'Sky Vane',
    0,
    '“Sky Vane”: elsewhere this draft writes “Skyvane” (3 times) — hyphen/space/case differs',
    'Skyvane',
    3,
  );
});

test('a headline differs from the body only in title case: no finding; inner capitals do count', () => {
  assert.deepEqual(
    check([
      '# Harbour Chief Kallas-Oyelaran Quits',
      'The harbour chief, Mira Kallas-Oyelaran, quit on Monday.',
      'Kallas-Oyelaran gave no reason.',
    ]).names,
    [],
  );
  const { text, names } = check(['# Dataquill boss quits', 'The chief executive of DataQuill quit on Friday.', 'DataQuill shares fell.']);
  assert.equal(names.length, 1);
  assertFinding(
    names[0],
    text,
    'Dataquill',
    0,
    '“Dataquill”: elsewhere this draft writes “DataQuill” (twice) — hyphen/space/case differs',
    'DataQuill',
    2,
  );
});

test('a sentence-initial capital is not a name variant', () => {
  assert.deepEqual(
    check(['The firm makes e-readers and sells them online.', 'E-readers are popular. The e-readers market grew fast.']).names,
    [],
  );
});

test('guard: distinct look-alike countries are not variants (built-in and house list)', () => {
  assert.deepEqual(check(['Talks with Iran and Iraq stalled.', 'Iran wants a deal. Iran says so.', 'Iraq did not reply.']).names, []);
  const lines = [
    'Officials of Bravia met the envoy in March.',
    'Bravia said the talks went well. Bravia will host the next round.',
    'Bravio did not comment.',
  ];
  assert.equal(check(lines).names.length, 1);
  assert.deepEqual(check(lines, { distinctNames: [['Bravia', 'Bravio']] }).names, []);
});

test('guard: two people sharing or nearly sharing a surname are not variants', () => {
  assert.deepEqual(
    check([
      'Tomas Brill scored twice and Alina Brell scored once.',
      'Brill was named man of the match. Brill thanked the fans.',
      'Brell said the team had improved.',
    ]).names,
    [],
  );
});

test('guard: first names of different people are not variants', () => {
  assert.deepEqual(
    check([
      'Daria Lusk, a nurse, met Dario Fenn at the clinic.',
      'Daria said the wait was long. Daria has campaigned for years.',
      'Dario Fenn agreed.',
    ]).names,
    [],
  );
});

test('guard: a first name against a product with a similar name is not a variant', () => {
  assert.deepEqual(
    check(['Corwin is a free spreadsheet, first written by Corvin Hale.', 'Corwin now runs on phones. Corwin is used in schools.']).names,
    [],
  );
});

test('guard: short forms of a full name are not variants', () => {
  const { names, entities } = check([
    'Acme Freight Lines reported a loss. Chief executive Odile Marchetti blamed fuel costs.',
    'Acme said it would cut routes. Marchetti said jobs were safe.',
    'Acme Freight Lines shares fell.',
  ]);
  assert.deepEqual(names, []);
  const marchetti = entities.find((e) => e.canonical === 'Odile Marchetti');
  assert.deepEqual(
    marchetti?.forms.map((f) => [f.text, f.count, f.variant]),
    [
      ['Odile Marchetti', 1, false],
      ['Marchetti', 1, false],
    ],
  );
});

test('house style: a listed variant is flagged even when it is the only form', () => {
  const { text, names } = check(['Fighters of ISIS-K attacked the post.'], { preferred: [{ preferred: 'IS-K', variants: ['ISIS-K'] }] });
  assert.equal(names.length, 1);
  assert.deepEqual({ start: names[0].start, end: names[0].end }, spanOf(text, 'ISIS-K'));
  assert.equal(names[0].message, '“ISIS-K”: house style writes “IS-K”');
  assert.deepEqual(names[0].expected, ['IS-K']);
});

test('house style: the preferred form wins over the majority', () => {
  const { text, names } = check(['Kallas Oyelaran spoke. Kallas Oyelaran left.', 'Then Kallas-Oyelaran came back.'], {
    preferred: [{ preferred: 'Kallas-Oyelaran' }],
  });
  assert.equal(names.length, 2);
  assertFinding(
    names[0],
    text,
    'Kallas Oyelaran',
    0,
    '“Kallas Oyelaran”: elsewhere this draft writes “Kallas-Oyelaran” (once) — hyphen/space/case differs',
    'Kallas-Oyelaran',
    1,
  );
  assert.equal(names[1].fixes?.[1].edits.length, 2);
});

test('the name sheet lists variants first with counts and spans', () => {
  const { text, entities } = check([
    'Coach Petra Brannigan named her squad on Tuesday.',
    'Mrs Brannigan said the young players had earned it.',
    'The choice surprised fans, but Branigan was calm.',
  ]);
  // the surname spelt two ways belongs to the one full name it ends: the person's entity, whole
  assert.deepEqual(entities[0], {
    canonical: 'Petra Brannigan',
    kind: 'name',
    entity: 'person',
    forms: [
      { text: 'Petra Brannigan', count: 1, variant: false, spans: [spanOf(text, 'Petra Brannigan')] },
      { text: 'Brannigan', count: 1, variant: false, spans: [spanOf(text, 'Brannigan', 1)] },
      { text: 'Branigan', count: 1, variant: true, spans: [spanOf(text, 'Branigan')] },
    ],
  });
});

test('fifty thousand capitalised words and thousands of acronyms finish quickly', () => {
  const words: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    const n = i % 7919;
    words.push(
      i % 3 === 0 ? `Q${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + (((n / 26) | 0) % 26))}` : `Name${n.toString(36)}son`,
    );
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < words.length; i += 50) paragraphs.push(words.slice(i, i + 50).join(' and ') + '.');
  const t0 = performance.now();
  check(paragraphs);
  const ms = performance.now() - t0;
  console.log(`# ${words.length} words: ${ms.toFixed(0)} ms`);
  assert.ok(ms < 8000, `took ${ms.toFixed(0)} ms`);
});
