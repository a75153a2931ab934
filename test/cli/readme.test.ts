// The README tells the truth: its sample output is a run of the built CLI, and its links lead somewhere, in the
// repository and in the packaged extension.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { linksInside, VSIX_FILES } from '../../server/tools/packageVsix';
import { readmeWithSample, sampleOutput } from '../../server/tools/readmeSample';

const README = readFileSync('README.md', 'utf8');

function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z][a-z0-9+.-]*:|^#/i.test(t));
}

/** Whether the extension ships a file (VSIX_FILES: paths and folder/*.ext globs). */
function shipped(file: string): boolean {
  return VSIX_FILES.some((p) =>
    p.includes('*')
      ? file.startsWith(p.slice(0, p.indexOf('*'))) &&
        file.endsWith(p.slice(p.indexOf('*') + 1)) &&
        !file.slice(p.indexOf('*')).includes('/')
      : p === file,
  );
}

describe('README', () => {
  it('shows what copydesk check prints for the example draft today (npm run readme:sample)', () => {
    assert.equal(README, readmeWithSample(README, sampleOutput()));
  });

  it('links only to files that exist', () => {
    const missing = relativeLinks(README).filter((t) => !existsSync(t.split('#')[0]));
    assert.deepEqual(missing, []);
  });

  it('as packaged in the extension, links only to files the extension ships, rule pages and screenshots kept', () => {
    const packaged = linksInside(README, shipped);
    assert.deepEqual(
      relativeLinks(packaged).filter((t) => !shipped(t.split('#')[0])),
      [],
    );
    assert.ok(relativeLinks(packaged).includes('docs/rules/quote-unattributed.md'));
    assert.equal(relativeLinks(packaged).filter((t) => t.startsWith('docs/images/')).length, 4);
    assert.equal(
      linksInside('See [the registry](server/src/x.ts) and ![a](gone.png).', () => false),
      'See the registry and .',
    );
  });
});
