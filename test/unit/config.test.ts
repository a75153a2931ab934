import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHouseStyle, resolveOptions } from '../../server/src/engine/config';
import { addPreferredName } from '../../server/src/engine/houseStyleEdit';

describe('house style file validation', () => {
  it('accepts a complete valid file', () => {
    const text = JSON.stringify({
      rules: { 'passive-voice': 'off', 'quote-unattributed': 'error' },
      readability: { targetAge: 14 },
      spelling: 'british',
      names: [{ preferred: 'IS-K', variants: ['ISIS-K'] }],
      acronyms: ['NUJ'],
      distinctNames: [['Harlan', 'Harlen']],
      terms: [{ use: 'Kyiv', instead: ['Kiev'] }],
      overrides: [{ files: ['opinion/**'], rules: { 'sentence-length': 'off' } }],
    });
    const parsed = parseHouseStyle(text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.style?.spelling, 'british');
  });

  it('names the field and its position for a wrong type', () => {
    const text = '{\n  "rules": { "passive-voice": "loud" },\n  "names": [{ "variants": [] }]\n}';
    const { style, problems } = parseHouseStyle(text);
    assert.equal(style, null);
    assert.deepEqual(
      problems.map((p) => ({ path: p.path, message: p.message, text: text.slice(p.start, p.end) })),
      [
        {
          path: 'rules.passive-voice',
          message: 'rules.passive-voice must be one of "off", "error", "warning", "info", "hint"',
          text: '"loud"',
        },
        { path: 'names[0]', message: 'names[0] needs "preferred"', text: '{ "variants": [] }' },
      ],
    );
  });

  it('rejects unknown keys and bad JSON', () => {
    const unknown = parseHouseStyle('{"rulez": {}}');
    assert.equal(unknown.problems[0].path, 'rulez');
    assert.match(unknown.problems[0].message, /^unknown key "rulez"; known keys: \$schema, rules, /);
    const bad = parseHouseStyle('{"rules": ');
    assert.equal(bad.style, null);
    assert.equal(bad.problems[0].message, 'invalid JSON: ValueExpected');
  });

  it('refuses a file over the size limit without parsing it', () => {
    const { style, problems } = parseHouseStyle(' '.repeat(1_000_001));
    assert.equal(style, null);
    assert.equal(problems[0].message, '.copydesk.json is 1000001 characters long; the limit is 1000000. It was not read.');
  });
});

describe('option precedence', () => {
  it('applies defaults < settings < house style < overrides, and reports what the house style overrode', () => {
    const house = {
      rules: { 'passive-voice': 'warning' as const },
      overrides: [{ files: ['opinion/**'], rules: { 'passive-voice': 'off' as const } }],
    };
    const settings = { rules: { 'passive-voice': 'hint' as const, readability: 'off' as const } };
    const news = resolveOptions('markdown', settings, house, 'news/story.md');
    assert.equal(news.options.rules['passive-voice'], 'warning');
    assert.equal(news.options.rules.readability, 'off');
    assert.deepEqual(news.overridden, ['copydesk.rules.passive-voice = "hint" is overridden by .copydesk.json ("warning")']);
    assert.equal(resolveOptions('markdown', settings, house, 'opinion/column.md').options.rules['passive-voice'], 'off');
  });
});

describe('recording a preferred name', () => {
  it('adds a new entry, extends an existing one, and keeps the rest of the file', () => {
    const start = '{\n  "rules": { "readability": "off" }\n}\n';
    const once = addPreferredName(start, 'IS-K', 'ISIS-K');
    assert.deepEqual(JSON.parse(once), { rules: { readability: 'off' }, names: [{ preferred: 'IS-K', variants: ['ISIS-K'] }] });
    const twice = addPreferredName(once, 'IS-K', 'ISK');
    assert.deepEqual(JSON.parse(twice).names, [{ preferred: 'IS-K', variants: ['ISIS-K', 'ISK'] }]);
    assert.equal(addPreferredName(twice, 'IS-K', 'ISK'), twice);
    assert.deepEqual(JSON.parse(addPreferredName('', 'Kyiv', 'Kiev')), { rules: {}, names: [{ preferred: 'Kyiv', variants: ['Kiev'] }] });
  });
});

describe('the JSON schema contributed to VS Code', () => {
  it('describes the same keys and rule ids the validator accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const { RULE_IDS } = await import('../../server/src/engine/rules/registry');
    const schema = JSON.parse(readFileSync('server/copydesk.schema.json', 'utf8'));
    const keys = Object.keys(schema.properties);
    const problems = parseHouseStyle('{"zzz": 1}').problems;
    assert.equal(problems[0].message, `unknown key "zzz"; known keys: ${keys.join(', ')}`);
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
  });
});
