// A hostile .copydesk.json: it is data, it is validated, it cannot crash or stall the checks, and nothing in it
// (or anywhere in the workspace) is executed or fetched.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import ts from 'typescript';
import { analyse } from '../../server/src/engine/analyse';
import { parseHouseStyle, resolveOptions } from '../../server/src/engine/config';

const RUNS = Number(process.env.COPYDESK_HOSTILE_RUNS ?? 150);
const messages = (text: string) => parseHouseStyle(text).problems.map((p) => [p.path, p.message, p.start, p.end]);

describe('hostile house style: validation', () => {
  it('reports arrays and objects nested thousands deep instead of overflowing the call stack', () => {
    const nested = [
      ['[', ']'],
      ['{"a":', '}'],
      ['{"names": [', ']}'],
    ];
    for (const [open, close] of nested) {
      const text = open.repeat(50_000) + (open.startsWith('{"a"') ? '1' : '') + close.repeat(50_000);
      assert.deepEqual(messages(text), [['', '.copydesk.json is nested too deeply to read', 0, 0]]);
    }
  });

  it('treats keys named like Object.prototype members as unknown keys', () => {
    assert.deepEqual(
      messages('{"rules": {"__proto__": "off", "constructor": "off", "toString": "off"}}').map(([p, , s, e]) => [p, s, e]),
      [
        ['rules.__proto__', 11, 22],
        ['rules.constructor', 31, 44],
        ['rules.toString', 53, 63],
      ],
    );
    assert.equal(parseHouseStyle('{"__proto__": {"rules": {}}}').style, null);
  });

  it('refuses globs that backtrack without end (extglobs, three or more * in one path segment)', () => {
    const text = JSON.stringify({
      overrides: [{ files: ['+(a|aa)', '*a*a*a*b', '**/*a*a*a*a*b/**', 'opinion/**/*-draft*.md', '**/*.md'], rules: {} }],
    });
    assert.deepEqual(messages(text), [
      ['overrides[0].files[0]', 'overrides[0].files[0] uses an extglob such as +(…) or @(…); use *, **, ?, [abc] and {a,b}', 24, 33],
      ['overrides[0].files[1]', 'overrides[0].files[1] has more than 2 * in one path segment', 34, 44],
      ['overrides[0].files[2]', 'overrides[0].files[2] has more than 2 * in one path segment', 45, 63],
    ]);
  });

  it('keeps the number of globs small', () => {
    const many = JSON.stringify({ overrides: Array.from({ length: 51 }, () => ({ files: ['*.md'], rules: {} })) });
    assert.deepEqual(
      messages(many).map(([, m]) => m),
      ['overrides has 51 entries; at most 50 are allowed'],
    );
    const wide = JSON.stringify({ overrides: [{ files: Array.from({ length: 21 }, () => '*.md'), rules: {} }] });
    assert.deepEqual(
      messages(wide).map(([, m]) => m),
      ['overrides[0].files has 21 entries; at most 20 are allowed'],
    );
  });

  it('matches the largest allowed set of globs against a 255-character file name quickly', () => {
    // Two stars each, and no match: the worst case for the matcher.
    const files = Array.from({ length: 20 }, (_, i) => `**/*a*${String.fromCharCode(98 + i)}z`);
    const text = JSON.stringify({ overrides: Array.from({ length: 50 }, () => ({ files, rules: { 'passive-voice': 'off' } })) });
    const parsed = parseHouseStyle(text);
    assert.deepEqual(parsed.problems, []);
    const t = performance.now();
    const { options } = resolveOptions('markdown', {}, parsed.style, `deep/${'a'.repeat(250)}.md`);
    const ms = performance.now() - t;
    assert.deepEqual(options.rules, {});
    assert.ok(ms < 2_000, `${ms.toFixed(0)} ms`);
  });

  it('refuses a file over the size limit without parsing it', () => {
    assert.deepEqual(messages(' '.repeat(10_000_000)), [
      ['', '.copydesk.json is 10000000 characters long; the limit is 1000000. It was not read.', 0, 0],
    ]);
  });

  it('never throws on arbitrary JSON or arbitrary text, and what it accepts can be analysed with', () => {
    const anyJson = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .record({
          rules: fc.dictionary(fc.string(), fc.jsonValue()),
          overrides: fc.array(fc.record({ files: fc.array(fc.string()), rules: fc.jsonValue() })),
        })
        .map((v) => JSON.stringify(v)),
      fc
        .record({ names: fc.jsonValue(), terms: fc.jsonValue(), acronyms: fc.jsonValue(), distinctNames: fc.jsonValue() })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(anyJson, (text) => {
        const parsed = parseHouseStyle(text);
        assert.equal(parsed.style === null, parsed.problems.length > 0);
        for (const p of parsed.problems) assert.ok(0 <= p.start && p.start <= p.end && p.end <= text.length, JSON.stringify(p));
        if (parsed.style) {
          const { options } = resolveOptions('plaintext', {}, parsed.style, 'a/b.txt');
          assert.deepEqual(analyse('The QRT met Marlow at the quay.', options).failures, []);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('hostile house style: data only', () => {
  // Modules that would run programs, evaluate code or reach the network.
  const FORBIDDEN = new Set([
    'child_process',
    'vm',
    'http',
    'https',
    'http2',
    'net',
    'tls',
    'dgram',
    'dns',
    'inspector',
    'cluster',
    'repl',
  ]);
  const forbidden = (specifier: string): boolean => FORBIDDEN.has(specifier.replace(/^node:/, ''));

  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
    });
  }

  it('the server, the CLI and the engine import nothing that runs code or opens a connection, and never eval', () => {
    const found: string[] = [];
    for (const file of sources('server/src')) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        if (
          (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
          node.moduleSpecifier &&
          ts.isStringLiteral(node.moduleSpecifier)
        ) {
          const name = node.moduleSpecifier.text.replace(/^node:/, '');
          if (FORBIDDEN.has(name)) found.push(`${file}: imports ${name}`);
        }
        if (ts.isCallExpression(node)) {
          const callee = node.expression.getText(sf);
          if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
            // a module loaded on first use (`await import('mammoth')`) is an import like any other: only a name worked
            // out at run time could load code a draft or a house style chose
            const [specifier] = node.arguments;
            if (node.arguments.length !== 1 || !ts.isStringLiteral(specifier) || forbidden(specifier.text))
              found.push(`${file}: calls ${callee}`);
          } else if (callee === 'eval' || callee === 'require') found.push(`${file}: calls ${callee}`);
        }
        if (ts.isNewExpression(node) && node.expression.getText(sf) === 'Function') found.push(`${file}: new Function`);
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    assert.deepEqual(found, []);
  });
});
