import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, { name: string }>;
  beginCaptures?: Record<string, { name: string }>;
  endCaptures?: Record<string, { name: string }>;
}

interface Grammar extends Rule {
  scopeName: string;
  repository: Record<string, Rule>;
}

const root = join(import.meta.dirname, '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const grammar = readJson<Grammar>('syntaxes/news-draft.tmLanguage.json');

/** Every regex of the grammar with where it sits, e.g. "repository.dateline.match". */
function regexesOf(rule: Rule, where: string, out: [string, string][] = []): [string, string][] {
  for (const key of ['match', 'begin', 'end'] as const) {
    const source = rule[key];
    if (source !== undefined) out.push([`${where}.${key}`, source]);
  }
  rule.patterns?.forEach((child, i) => regexesOf(child, `${where}.patterns[${i}]`, out));
  return out;
}

const allRegexes = [
  ...regexesOf(grammar, 'grammar'),
  ...Object.entries(grammar.repository).flatMap(([name, rule]) => regexesOf(rule, `repository.${name}`)),
];

// \A (start of the document) is the one Oniguruma anchor the grammar needs: vscode-textmate only lets it match on the
// first line, which is what makes the headline rule work. For the JavaScript check it reads as ^.
const ONIGURUMA_ONLY = /\\[AzZhHGK]|\(\?[imx]+[):-]|[*+?}][+]|\\p\{|\(\?~|\\x\{/;

function js(source: string, flags = ''): RegExp {
  return new RegExp(source.replace(/\\A/g, '^'), flags);
}

function rule(name: string): Rule {
  const found = grammar.repository[name];
  assert.ok(found, `repository.${name} exists`);
  return found;
}

/** Runs a rule's regex at exactly `at` (sticky), as the tokenizer does once it reaches that position. */
function matchAt(source: string, line: string, at: number): RegExpExecArray | null {
  const re = js(source, 'y');
  re.lastIndex = at;
  return re.exec(line);
}

describe('news-draft grammar: structure', () => {
  it('is the text.news-draft grammar the manifest contributes', () => {
    assert.equal(grammar.scopeName, 'text.news-draft');
    const manifest = readJson<{
      contributes: { grammars: { language: string; scopeName: string; path: string }[] };
    }>('package.json');
    assert.deepEqual(manifest.contributes.grammars, [
      { language: 'news-draft', scopeName: 'text.news-draft', path: './syntaxes/news-draft.tmLanguage.json' },
    ]);
  });

  it('resolves every include to a repository entry', () => {
    const includes: string[] = [];
    const walk = (r: Rule): void => {
      if (r.include) includes.push(r.include);
      r.patterns?.forEach(walk);
    };
    walk(grammar);
    Object.values(grammar.repository).forEach(walk);
    const missing = includes.filter((inc) => !(inc.startsWith('#') && inc.slice(1) in grammar.repository));
    assert.deepEqual(missing, []);
  });

  it('pairs every begin with an end', () => {
    const unpaired = allRegexes
      .filter(([where]) => where.endsWith('.begin'))
      .map(([where]) => where.slice(0, -'.begin'.length))
      .filter((prefix) => !allRegexes.some(([w]) => w === `${prefix}.end`));
    assert.deepEqual(unpaired, []);
  });
});

describe('news-draft grammar: regexes', () => {
  it('has regexes to check', () => {
    assert.ok(allRegexes.length >= 15, `found ${allRegexes.length}`);
  });

  for (const [where, source] of allRegexes) {
    it(`${where} compiles as a JavaScript RegExp`, () => {
      assert.doesNotThrow(() => js(source));
    });
  }

  it('uses no Oniguruma-only syntax except \\A in the headline rule', () => {
    const onigOnly = allRegexes.filter(([, source]) => ONIGURUMA_ONLY.test(source)).map(([where]) => where);
    assert.deepEqual(onigOnly, ['repository.headline.begin']);
    assert.equal(rule('headline').begin, '\\A(?=[ \\t]*\\S)');
  });
});

describe('news-draft grammar: datelines', () => {
  const dateline = (line: string) => {
    const m = js(rule('dateline').match!).exec(line);
    return m && { place: m[1], qualifier: m[2], agency: m[4], separator: m[6] };
  };

  it('reads a place and a colon', () => {
    assert.deepEqual(dateline('KABUL: The night market reopened after a week of repairs.'), {
      place: 'KABUL',
      qualifier: undefined,
      agency: undefined,
      separator: ':',
    });
  });

  it('reads a place and an em dash', () => {
    assert.deepEqual(dateline('GENEVA — Delegates left the hall without a vote.'), {
      place: 'GENEVA',
      qualifier: undefined,
      agency: undefined,
      separator: '—',
    });
  });

  it('reads a two-word place with a date', () => {
    assert.deepEqual(dateline('NEW YORK, March 3 — Ferry crews walked off at dawn.'), {
      place: 'NEW YORK',
      qualifier: ', March 3',
      agency: undefined,
      separator: '—',
    });
  });

  it('reads accented capitals, a hyphenated place, a region, a year and an agency', () => {
    assert.deepEqual(dateline('SÃO PAULO (Wire Desk) - Rain closed two runways.'), {
      place: 'SÃO PAULO',
      qualifier: undefined,
      agency: 'Wire Desk',
      separator: '-',
    });
    assert.deepEqual(dateline('PORT-AU-PRINCE, Haiti, 12 May 2024 -- Schools stayed shut.'), {
      place: 'PORT-AU-PRINCE',
      qualifier: ', Haiti, 12 May 2024',
      agency: undefined,
      separator: '--',
    });
  });

  it('leaves ordinary lines alone', () => {
    assert.equal(dateline('Q: Where were you that night?'), null);
    assert.equal(dateline('The council said: no more delays.'), null);
    assert.equal(dateline('NATO ministers meet on Monday.'), null);
    assert.equal(dateline('Officials in KABUL: nothing yet.'), null);
    assert.equal(dateline('LONDON-based traders sold early.'), null);
  });
});

describe('news-draft grammar: headline and subheadings', () => {
  it('anchors the headline to the first line only', () => {
    const first = js(rule('headline').begin!);
    assert.equal(first.exec('Harbour reopens after storm')?.index, 0);
    assert.equal(first.exec('   '), null);
  });

  it('takes short lines without closing punctuation as subheadings', () => {
    const sub = js(rule('subheading').match!);
    assert.equal(sub.exec('Rebuilding the harbour')?.[1], 'Rebuilding the harbour');
    assert.equal(sub.exec('  2025 budget gap  ')?.[1], '2025 budget gap');
    assert.equal(sub.exec('The port reopened on Monday.'), null);
    assert.equal(sub.exec('Why now?'), null);
    assert.equal(sub.exec('starts in lower case'), null);
    assert.equal(sub.exec('One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'), null);
    assert.ok(sub.exec('One two three four five six seven eight nine ten eleven twelve thirteen fourteen'));
    assert.equal(sub.exec('“We stay”'), null);
  });
});

describe('news-draft grammar: quotations', () => {
  it('opens and closes curly and straight double quotes', () => {
    const curly = rule('quote-double-curly');
    const straight = rule('quote-double-straight');
    const line = 'She wrote “not yet” and then "maybe".';
    assert.ok(matchAt(curly.begin!, line, line.indexOf('“')));
    assert.equal(matchAt(curly.end!, line, line.indexOf('”'))?.[1], '”');
    assert.ok(matchAt(straight.begin!, line, line.indexOf('"')));
    assert.equal(matchAt(straight.end!, line, line.lastIndexOf('"'))?.[1], '"');
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const end = js(rule('quote-double-curly').end!);
    const m = end.exec('“The pumps failed twice before noon.');
    assert.equal(m?.index, '“The pumps failed twice before noon.'.length);
    assert.equal(m?.[1], undefined);
  });

  it('nests single quotes but not apostrophes', () => {
    const nested = rule('nested-single-straight');
    const line = "\"They told us 'wait here' and we didn't.\"";
    assert.ok(matchAt(nested.begin!, line, line.indexOf("'wait")));
    assert.equal(matchAt(nested.begin!, line, line.indexOf("n't") + 1), null);
    assert.equal(matchAt(nested.end!, line, line.indexOf("' and"))?.[1], "'");
    assert.equal(matchAt(nested.end!, line, line.indexOf("n't") + 1), null);
    // An unclosed nested quote gives way to the outer closing mark.
    assert.equal(matchAt(nested.end!, line, line.length - 1)?.[0], '');
  });

  it('treats ’ before a letter as an apostrophe in British-style quotes', () => {
    const single = rule('quote-single-curly');
    const line = '‘We can’t wait,’ the skipper said.';
    assert.equal(matchAt(single.end!, line, line.indexOf('’')), null);
    assert.equal(matchAt(single.end!, line, line.indexOf(',’') + 1)?.[1], '’');
  });
});

describe('news-draft grammar: attribution cues', () => {
  /** Matches where the tokenizer stands after `closing` (text ending with the closing mark). */
  const after = (line: string, closing: string) => {
    const m = matchAt(rule('cue-after-quote').match!, line, line.indexOf(closing) + closing.length);
    return m && { before: m[1], cue: m[2], speaker: m[3] };
  };
  const before = (line: string) => {
    const m = js(rule('cue-before-quote').match!).exec(line);
    return m && { speaker: m[1], cue: m[2], at: m.index };
  };

  it('finds a cue and its speaker right after a closing quote', () => {
    assert.deepEqual(after('“We will rebuild,” the harbour master said on Friday.', '”'), {
      before: 'the harbour master',
      cue: 'said',
      speaker: undefined,
    });
    assert.deepEqual(after('"It is over," said Mara Quist.', ',"'), { before: undefined, cue: 'said', speaker: 'Mara Quist' });
    assert.deepEqual(after('‘Not today’, she told them.', 'today’'), { before: 'she', cue: 'told', speaker: undefined });
  });

  it('needs the cue within four words of the quote', () => {
    assert.equal(after('“Enough.” Then the lights went out.', '”'), null);
    assert.equal(after('“Enough.” The crowd at the back of the hall said nothing.', '”'), null);
  });

  it('finds a cue and its speaker before an opening quote', () => {
    const line = 'Officer Lena Brandt told reporters: “We have a name.”';
    assert.deepEqual(before(line), { speaker: 'Officer Lena Brandt', cue: 'told', at: 0 });
    assert.deepEqual(before('According to the ministry, "all roads are open."'), {
      speaker: undefined,
      cue: 'According to',
      at: 0,
    });
    assert.deepEqual(before('Later he added: ‘No comment.’'), { speaker: undefined, cue: 'added', at: 9 });
  });

  it('ignores cue words that no quotation follows', () => {
    assert.equal(before('The report said nothing about the budget.'), null);
  });
});

describe('news-draft grammar: suppression comments', () => {
  const [bare, html] = rule('directive').patterns!;
  it('highlights bare and HTML-comment directives', () => {
    assert.equal(js(bare!.match!).exec('copydesk-disable passive-voice, readability')?.[1], 'copydesk-disable');
    assert.equal(js(bare!.match!).exec('  copydesk-disable-next-line')?.[1], 'copydesk-disable-next-line');
    assert.equal(js(html!.match!).exec('<!-- copydesk-enable -->')?.[2], 'copydesk-enable');
  });
  it('does not take longer words for directives', () => {
    assert.equal(js(bare!.match!).exec('copydesk-disabled is not a directive'), null);
    assert.equal(js(bare!.match!).exec('see copydesk-disable'), null);
  });
});

describe('news-draft language configuration', () => {
  const config = readJson<{ wordPattern: string; autoClosingPairs: { open: string; close: string }[] }>(
    'syntaxes/language-configuration.json',
  );

  it('keeps hyphenated names and apostrophes inside one word', () => {
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual("Jean-Luc O’Neill’s x-ray, Zoë Ødegård (don't)".match(word), [
      'Jean-Luc',
      'O’Neill’s',
      'x-ray',
      'Zoë',
      'Ødegård',
      "don't",
    ]);
  });

  it('closes curly and straight quotes and brackets', () => {
    assert.deepEqual(
      config.autoClosingPairs.map((p) => p.open + p.close),
      ['“”', '‘’', '""', '()', '[]'],
    );
  });
});
