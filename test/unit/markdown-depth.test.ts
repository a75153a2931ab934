import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { tooDeepForMarkdown } from '../../server/src/engine/blocks';
import { defaultOptions } from '../../server/src/engine/config';

// Shapes on which the Markdown parser alone took 5 to 32 seconds (see docs/reliability.md). Such a chunk is read
// as plain text; the bound is generous for a loaded CI machine, the point is that it is no longer seconds per KB.
const BOUND_MS = 5_000;

function timed(text: string) {
  const started = performance.now();
  const analysis = analyse(text, defaultOptions('markdown'));
  return { analysis, ms: performance.now() - started };
}

describe('Markdown nested deeper than any prose', () => {
  it('reads 8,000 asterisks around a word as plain text, quickly', () => {
    const { analysis, ms } = timed(`${'*'.repeat(8000)}word${'*'.repeat(8000)}`);
    assert.ok(ms < BOUND_MS, `${ms} ms`);
    assert.deepEqual(
      analysis.paragraphs.map((p) => [p.start, p.end, p.kind]),
      [[0, 16004, 'paragraph']],
    );
    assert.deepEqual(analysis.failures, []);
  });

  it('reads 32,000 nested brackets as plain text, quickly', () => {
    const { analysis, ms } = timed(`${'['.repeat(32000)}x${']'.repeat(32000)}`);
    assert.ok(ms < BOUND_MS, `${ms} ms`);
    assert.equal(analysis.paragraphs.length, 1);
  });

  it('reads a list nested 700 deep line by line, quickly', () => {
    const text = Array.from({ length: 700 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n');
    const { analysis, ms } = timed(text);
    assert.ok(ms < BOUND_MS, `${ms} ms`);
    assert.equal(analysis.paragraphs.length, 700);
    assert.equal(analysis.paragraphs[699].text, `- item 699`);
  });

  it('leaves ordinary Markdown to the Markdown parser', () => {
    const ordinary = '# Title\n\n- one\n  - two\n    - three\n\n> quoted **bold** [link](https://example.org)\n\n---\n';
    assert.equal(tooDeepForMarkdown(ordinary), false);
    assert.equal(tooDeepForMarkdown(`${' '.repeat(201)}x`), true);
  });
});
