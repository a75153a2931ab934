// The shapes name-inconsistent was measured on in published copy (issue 16): the false alarms it must not raise,
// the ties it must not reverse, the slips it must find, and the name sheet's entities. Every draft here is made up
// for the test; each line is a paragraph, read through the whole engine as the CLI reads a plain-text draft.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import type { Finding } from '../../server/src/engine/types';

function check(lines: string[]) {
  const text = lines.join('\n');
  const analysis = analyse(text, defaultOptions('plaintext'));
  return { text, names: analysis.findings.filter((f) => f.rule === 'name-inconsistent'), sheet: analysis.names };
}

function at(text: string, needle: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} not in the draft`);
  return { start, end: start + needle.length };
}

/** The finding's rule, place, message and suggestion, for one deepEqual. */
const brief = (f: Finding) => ({
  rule: f.rule,
  start: f.start,
  end: f.end,
  message: f.message,
  expected: f.expected,
  severity: f.severity,
});

describe('name-inconsistent: false-alarm shapes stay quiet', () => {
  it('social handles, hashtags, web and e-mail addresses and embedded posts are compared with nothing', () => {
    const { names } = check([
      'Mayor Ines Calloway opened the new ferry terminal on Friday.',
      'Calloway said the terminal would carry a million passengers a year.',
      'Follow Ines Calloway on Twitter @InesCalloway or write to ines@calloway-office.org.',
      'Residents posted photos under #HarbourCity and (@InesCalloway) shared them.',
      'The plans are at www.harbourcity.example.com/ferries and on harbourcity.org/plans.',
      '<blockquote author="@InesCalloway">Proud of HarbourCity today</blockquote> was the reply.',
      'Harbour City councillors praised Calloway.',
    ]);
    assert.deepEqual(names.map(brief), []);
  });

  it('capitals that are labels, shouts or chants are not spellings of a name', () => {
    const { names } = check([
      'Halvorsen Rovers face Dunmore on Saturday at the Mill Ground.',
      'KEY STATS - HALVORSEN ROVERS have won four in a row.',
      '- DUNMORE travel with a weakened side.',
      'Fans chanted "D-U-N-M-O-R-E!" as Dunmore scored, and later "HALVORSEN!" rang out.',
      'Dunmore manager Pia Kettle said Halvorsen Rovers were the better side.',
    ]);
    assert.deepEqual(names.map(brief), []);
  });

  it('two places one letter apart in a line of fixtures, and a person with a longer name, are different entities', () => {
    const { names } = check([
      'The draw for the next round was made on Monday.',
      'Kestwick v Brenton',
      'Aldridge v Bramley',
      'Hallam v Brenlon',
      'Brenton manager Otto Vane said his side feared nobody, and Brenton fans agreed.',
      'Republican Laurette Anne Mayfield criticised Governor Laurent.',
      'Laurent said the budget was fair. Laurent will sign it on Friday.',
    ]);
    assert.deepEqual(names.map(brief), []);
  });

  it('a company whose name begins with an ordinary word is not a variant of that word', () => {
    const { names } = check([
      'Spam sent by e-mail rose again last year, a survey found.',
      'Most e-mail users now filter it. The e-mail filters catch nine in ten.',
      'Email Relay Ltd, a small firm in Leeds, said the e-mail flood was costly.',
    ]);
    assert.deepEqual(names.map(brief), []);
  });

  it('aliases written side by side and a dotted acronym ending a sentence are not flagged', () => {
    const { names } = check([
      'The Northern Front, also known as NFL or NFV, claimed the attack.',
      'NFL fighters held the bridge. NFL has not commented.',
      'Workers at the plant joined the U.A.W.-C.I.O.',
      'The U.A.W.-C.I.O. said the strike would go on.',
    ]);
    assert.deepEqual(names.map(brief), []);
  });
});

describe('name-inconsistent: ties decided by evidence or left open, never reversed', () => {
  it('a one-to-one tie without evidence is flagged at both places, offering both forms and recommending neither', () => {
    const { text, names } = check([
      'Trade talks resumed in Port Alvarenga on Monday.',
      'Delegates left Port Alvarengo on Tuesday without a deal.',
    ]);
    const message = (w: string) =>
      `“${w}”: this draft writes the name two ways, “Port Alvarenga” (once) and “Port Alvarengo” (once) — spelt one letter differently; check which is right`;
    assert.deepEqual(names.map(brief), [
      { rule: 'name-inconsistent', ...at(text, 'Port Alvarenga'), message: message('Port Alvarenga'), expected: [], severity: 'warning' },
      { rule: 'name-inconsistent', ...at(text, 'Port Alvarengo'), message: message('Port Alvarengo'), expected: [], severity: 'warning' },
    ]);
    assert.deepEqual(
      names[0].fixes?.map((f) => [f.title, f.preferred ?? false]),
      [
        ['Replace with “Port Alvarengo”', false],
        ['Write “Port Alvarenga” everywhere', false],
        ['Write “Port Alvarengo” everywhere', false],
      ],
    );
  });

  it('on a tie, odd capitals lose: the fix never makes the copy worse', () => {
    const { text, names } = check(['Senator Marguerite Olsen opened the debate.', 'Critics said MArguerite Olsen had misread the mood.']);
    assert.deepEqual(names.map(brief), [
      {
        rule: 'name-inconsistent',
        ...at(text, 'MArguerite Olsen'),
        message: '“MArguerite Olsen”: elsewhere this draft writes “Marguerite Olsen” (once) — hyphen/space/case differs',
        expected: ['Marguerite Olsen'],
        severity: 'warning',
      },
    ]);
  });

  it('on a tie, the spelling in the full-name introduction wins over the one written alone later', () => {
    const { text, names } = check([
      'Analyst Dorota Wieczorkiewska said prices would fall.',
      'Wieczorkiewksa expects a recovery next year.',
    ]);
    assert.deepEqual(names.map(brief), [
      {
        rule: 'name-inconsistent',
        ...at(text, 'Wieczorkiewksa'),
        message: '“Wieczorkiewksa”: elsewhere this draft writes “Wieczorkiewska” (once) — two letters swapped',
        expected: ['Wieczorkiewska'],
        severity: 'warning',
      },
    ]);
  });
});

describe('name-inconsistent: plain slips are found', () => {
  it('a rare form one letter from a name written five times, even when the slip is in the full-name mention', () => {
    const { text, names } = check([
      'Defender Tomasz Brzeczkowsky signed a new contract on Monday.',
      'Brzeczkowski said he was delighted. The club praised Brzeczkowski for his loyalty.',
      'Brzeczkowski has played 200 games, and fans cheered Brzeczkowski on Saturday.',
      'Brzeczkowski will lead the team out next week.',
    ]);
    assert.deepEqual(names.map(brief), [
      {
        rule: 'name-inconsistent',
        ...at(text, 'Brzeczkowsky'),
        message: '“Brzeczkowsky”: elsewhere this draft writes “Brzeczkowski” (5 times) — a different transliteration',
        expected: ['Brzeczkowski'],
        severity: 'warning',
      },
    ]);
  });

  it('a name of several words with its last word in lower case', () => {
    const { text, names } = check([
      'The Coastal Shield tournament starts in May.',
      'Teams in the Coastal Shield play nine games. The Coastal Shield final is in June.',
      'Every Coastal shield side plays at home twice.',
    ]);
    assert.deepEqual(names.map(brief), [
      {
        rule: 'name-inconsistent',
        ...at(text, 'Coastal shield'),
        message: '“Coastal shield”: elsewhere this draft writes “Coastal Shield” (3 times) — hyphen/space/case differs',
        expected: ['Coastal Shield'],
        severity: 'warning',
      },
    ]);
  });

  it('a space put into a company name', () => {
    const { text, names } = check([
      'Shares in Greenvale Foods rose on Monday.',
      'Greenvale Foods said sales grew. Analysts said Greenvale Foods was cheap.',
      'A spokesman for Green Vale Foods declined to comment.',
    ]);
    assert.deepEqual(names.map(brief), [
      {
        rule: 'name-inconsistent',
        ...at(text, 'Green Vale Foods'),
        message: '“Green Vale Foods”: elsewhere this draft writes “Greenvale Foods” (3 times) — hyphen/space/case differs',
        expected: ['Greenvale Foods'],
        severity: 'warning',
      },
    ]);
  });
});

describe('the name sheet: entities whole and of a kind', () => {
  it('lists organisations whole, a person with the variant of their name, places, groups, and no adjectives', () => {
    const { sheet } = check([
      'People in Kessany fear the Vardan Brotherhood, which holds the hills.',
      'Scholar Imre Fellanyi, of the Institute for Coastal Studies, said the group had grown.',
      'Fellanyi said Georgian and Uzbek fighters had joined it. Many Uzbeks fled.',
      'Fellanyi added that Vardan Brotherhood cells were active in Kessany.',
      'Felanyi warned of more attacks in Norvia.',
    ]);
    const brief = sheet.map((e) => [e.canonical, e.entity, e.forms.map((f) => `${f.variant ? '!' : ''}${f.text}×${f.count}`).join(' ')]);
    assert.deepEqual(brief, [
      ['Imre Fellanyi', 'person', 'Fellanyi×2 Imre Fellanyi×1 !Felanyi×1'],
      ['Kessany', 'place', 'Kessany×2'],
      ['Vardan Brotherhood', 'organisation', 'Vardan Brotherhood×2'],
      ['Institute for Coastal Studies', 'organisation', 'Institute for Coastal Studies×1'],
      ['Norvia', 'place', 'Norvia×1'],
      ['Uzbeks', 'group', 'Uzbeks×1'],
    ]);
  });
});

describe("name-inconsistent: others' words are quoted material", () => {
  it("readers' letters signed off by a name, a place or a handle are reported at the in-quote severity", () => {
    const { text, names } = check([
      'Readers write on the new Marrowby bypass',
      'The Marrowby bypass opened on Monday after six years of work, the county said.',
      'Engineer Dora Kettleworth led the work. Kettleworth said it finished a month early.',
      'LETTERS.',
      'I drive it every day and Kettelworth and her crews did a fine job, I must say.',
      'Ruth A. Penhallow.',
      'Tidewell, Devon.',
      'My commute is ten minutes shorter. Thanks to everyone who built it.',
      '@dalecommuter.',
    ]);
    const slip = at(text, 'Kettelworth');
    assert.deepEqual(names.map(brief), [
      {
        rule: 'name-inconsistent',
        ...slip,
        message: '“Kettelworth”: elsewhere this draft writes “Kettleworth” (twice) — two letters swapped',
        expected: ['Kettleworth'],
        severity: 'info',
      },
    ]);
    assert.equal(names[0].inQuote, true);
  });

  it('a round-up of comments in the first person after the report is quoted material, and no evidence of the usual form', () => {
    const { text, names } = check([
      'Should the old pier be saved?',
      'The council will decide next week whether to demolish the Westhaven pier, built in 1890.',
      'A survey found most residents wanted it repaired, the council said.',
      'I grew up fishing off the West-haven pier and I would hate to see it go.',
      'Pull it down. It is a danger to swimmers.',
      'My grandfather built boats beside it. Keep it!',
      'I think the money would be better spent on the schools.',
      'Repair it, and charge a small fee to walk on it. I would pay.',
    ]);
    const comment = at(text, 'West-haven');
    assert.deepEqual(names.map(brief), [
      {
        rule: 'name-inconsistent',
        ...comment,
        message: '“West-haven”: elsewhere this draft writes “Westhaven” (once) — hyphen/space/case differs',
        expected: ['Westhaven'],
        severity: 'info',
      },
    ]);
  });

  it("a reporter writing in the first person and quoting people is still the draft's own narrative", () => {
    const { text, names } = check([
      'A rebel professor in the hills',
      'Dario Venn left his lecture hall for the mountains two years ago.',
      'His students still ask about him, his former dean said.',
      'When I met Venn in May, he was thinner. "I sleep four hours," he told me.',
      '"We train every morning," Venn said. I watched them drill in the rain.',
      '"It is slow," he said, as we walked to the front lines.',
      'I asked him about the frontlines. "Quiet, for now," he said.',
      'He showed me the maps the next morning. "Here," he said, "and here."',
    ]);
    const [a, b] = [at(text, 'front lines'), at(text, 'frontlines')];
    assert.deepEqual(
      names.map((f) => [f.start, f.end, f.severity]),
      [
        [a.start, a.end, 'warning'],
        [b.start, b.end, 'warning'],
      ],
    );
  });

  it('a name in quotation marks that are not speech (a label, a title) is quoted material too', () => {
    const { text, names } = check([
      'Sets that meet the standard will carry an "HD-Ready" sticker from next month.',
      'Shops say most HD-ready sets are sold already. The HD-ready logo is on the box.',
    ]);
    const label = at(text, 'HD-Ready');
    assert.deepEqual(
      names.map((f) => [f.start, f.end, f.severity]),
      [[label.start, label.end, 'info']],
    );
  });
});

describe('name-inconsistent: more false-alarm shapes stay quiet', () => {
  it('hyphenated names that differ in a whole part are different names ("NBC-Wall", "News-Wall")', () => {
    const { names } = check([
      'The latest NTV-Harbour Street Gazette poll shows the mayor ahead.',
      'According to the NTV-Harbour Street Gazette poll, her lead is growing.',
      'The NTV-Harbour Street Gazette poll was taken last week.',
      'An earlier NTV News-Harbour Street Gazette poll had the race tied.',
    ]);
    assert.deepEqual(names.map(brief), []);
  });

  it('a word inside a longer name after an ordinary word is not a slip for a look-alike name word', () => {
    const { names } = check([
      'The Convention on the Status of Refugees was signed in 1951, and a later protocol on the Status of them followed.',
      'Each member of the union must apply it. Several Member States say they cannot.',
    ]);
    assert.deepEqual(names.map(brief), []);
  });
});
