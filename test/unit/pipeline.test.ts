// The rule registry, the finding helper and the check pipeline.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions, resolveOptions } from '../../server/src/engine/config';
import { makeFinding, shiftFinding } from '../../server/src/engine/findings';
import { PIPELINE, type Pipeline } from '../../server/src/engine/pipeline';
import { ANALYSIS_SETTINGS, RULE_IDS, RULES, ruleDocPath } from '../../server/src/engine/rules/registry';

describe('the rule registry', () => {
  it('has one entry per id, each with its doc page and known settings', () => {
    assert.equal(new Set(RULE_IDS).size, RULES.length);
    for (const r of RULES) {
      assert.ok(existsSync(ruleDocPath(r.id)), `${ruleDocPath(r.id)} is missing`);
      for (const key of r.settings) assert.ok(Object.hasOwn(ANALYSIS_SETTINGS, key), `${r.id} reads unknown setting ${key}`);
      assert.ok(Object.hasOwn(PIPELINE, r.check), `${r.id} names unknown check ${r.check}`);
    }
  });

  it('gives every check at least one rule', () => {
    assert.deepEqual(
      Object.keys(PIPELINE).filter((module) => !RULES.some((r) => r.check === module)),
      [],
    );
  });
});

describe('makeFinding', () => {
  it('takes the default severity from the registry, and the in-quote severity where the rule has one', () => {
    const fields = { start: 3, end: 8, message: 'm', actual: 'Smyth' };
    assert.deepEqual(makeFinding('name-inconsistent', fields), {
      rule: 'name-inconsistent',
      severity: 'warning',
      start: 3,
      end: 8,
      message: 'm',
      actual: 'Smyth',
      expected: [],
    });
    assert.equal(makeFinding('name-inconsistent', { ...fields, inQuote: true }).severity, 'info');
    assert.equal(makeFinding('readability', { ...fields, inQuote: true }).severity, 'info');
    assert.equal(makeFinding('sentence-length', { ...fields, inQuote: true }).severity, 'warning');
    assert.equal(makeFinding('sentence-length', { ...fields, inQuote: true }).inQuote, true);
  });

  it('moves a finding, its fixes and its related places together', () => {
    const f = makeFinding('indefinite-article', {
      start: 7,
      end: 8,
      message: 'm',
      actual: 'a',
      related: [{ start: 0, end: 2, message: 'r' }],
      fixes: [{ title: 't', edits: [{ start: 7, end: 8, newText: 'an' }] }],
    });
    const moved = shiftFinding(f, 100);
    assert.deepEqual(
      [moved.start, moved.end, moved.related, moved.fixes?.[0].edits],
      [107, 108, [{ start: 100, end: 102, message: 'r' }], [{ start: 107, end: 108, newText: 'an' }]],
    );
    assert.equal(f.start, 7, 'the original is left as it was');
  });
});

describe('the check pipeline', () => {
  it('moves paragraph findings to document offsets once, fixes included', () => {
    const text = 'The ferry sailed at dawn.\nIt was a honour to sail.\n';
    const [found] = analyse(text, defaultOptions('plaintext')).findings.filter((f) => f.rule === 'indefinite-article');
    const at = text.indexOf('a honour');
    assert.deepEqual(
      [found.start, found.end, found.actual, found.fixes?.[0].edits],
      [at, at + 1, 'a', [{ start: at, end: at + 1, newText: 'an' }]],
    );
  });

  it('runs a check injected into it, and a check that throws loses only its own findings', () => {
    const text = 'It was a honour.\n“We will sail,” the captain said.\n';
    const throwing: Pipeline = {
      ...PIPELINE,
      style: {
        ...PIPELINE.style,
        paragraph() {
          throw new Error('style broke');
        },
      },
    };
    const normal = analyse(text, defaultOptions('plaintext'));
    const broken = analyse(text, defaultOptions('plaintext'), undefined, throwing);
    assert.deepEqual(
      normal.findings.map((f) => f.rule),
      ['indefinite-article'],
    );
    assert.deepEqual(broken.findings, []);
    assert.deepEqual(broken.failures, [{ module: 'style', message: 'style broke' }]);
    assert.equal(broken.quotes.length, 1);
    assert.equal(broken.quotes[0].speaker, 'the captain');
  });

  it('a document pass that throws falls back to the check’s empty result', () => {
    const throwing: Pipeline = {
      ...PIPELINE,
      quotes: {
        ...PIPELINE.quotes,
        document() {
          throw new Error('ledger broke');
        },
      },
    };
    const analysis = analyse('“Hello there, everyone,” she said.\nIt was a honour.\n', defaultOptions('plaintext'), undefined, throwing);
    assert.deepEqual(analysis.quotes, []);
    assert.deepEqual(
      analysis.findings.map((f) => f.rule),
      ['indefinite-article'],
    );
    assert.deepEqual(analysis.failures, [{ module: 'quotes', message: 'ledger broke' }]);
  });

  it('reads each analysis setting from the registry defaults', () => {
    const { options } = resolveOptions('plaintext');
    assert.equal(options.style.readability.age, ANALYSIS_SETTINGS['readability.targetAge'].default);
    assert.equal(options.style.sentenceLength.maxWords, ANALYSIS_SETTINGS['sentenceLength.maxWords'].default);
    assert.equal(options.style.paragraphLength.maxSentences, ANALYSIS_SETTINGS['paragraphLength.maxSentences'].default);
    assert.equal(options.style.paragraphLength.maxWords, ANALYSIS_SETTINGS['paragraphLength.maxWords'].default);
    assert.equal(options.styleInQuotes, ANALYSIS_SETTINGS.styleInQuotes.default);
  });
});
