// `npm run package`: the VS Code extension's .vsix. package.json's `files` lists what the npm package ships (the CLI
// and the language server); the extension ships a different set (the client, the grammar, the icon), and vsce reads
// `files` too, so the .vsix is made from a staging folder holding exactly its files and a package.json whose `files`
// lists them. Writes copydesk-VERSION.vsix at the repository root. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What the extension ships, besides package.json (vsce adds it): paths or globs relative to the repository root. */
export const VSIX_FILES = [
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/client.js',
  'dist/server.js',
  'dist/worker.js',
  'syntaxes/language-configuration.json',
  'syntaxes/news-draft.tmLanguage.json',
  'server/copydesk.schema.json',
  'docs/*.md',
  'docs/rules/*.md',
  'docs/images/icon.png',
  'docs/images/editor.png',
  'docs/images/quotes-view.png',
  'docs/images/names-view.png',
  'docs/images/problems.png',
] as const;

const ROOT = path.resolve(__dirname, '..', '..');
const STAGE = path.join(ROOT, '.tools', 'vsix-stage');

function expand(pattern: string): string[] {
  if (!pattern.includes('*')) return [pattern];
  const dir = path.dirname(pattern);
  const suffix = path.basename(pattern).replace(/^\*/, '');
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(suffix))
    .map((f) => path.join(dir, f));
}

/** The README as the extension ships it: a relative link to a file the package does not hold (sources, tests,
 * examples) becomes its text, so every link left resolves inside the installed extension. */
export function linksInside(markdown: string, shipped: (target: string) => boolean): string {
  return markdown.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, bang: string, text: string, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:|^#/i.test(target)) return whole;
    return shipped(target.split('#')[0]) ? whole : bang ? '' : text;
  });
}

function main(): number {
  fs.rmSync(STAGE, { recursive: true, force: true });
  for (const file of VSIX_FILES.flatMap(expand)) {
    fs.mkdirSync(path.join(STAGE, path.dirname(file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(STAGE, file));
  }
  const readme = path.join(STAGE, 'README.md');
  fs.writeFileSync(
    readme,
    linksInside(fs.readFileSync(readme, 'utf8'), (target) => fs.existsSync(path.join(STAGE, target))),
  );
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  manifest.files = [...VSIX_FILES];
  delete manifest.bin;
  fs.writeFileSync(path.join(STAGE, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const out = path.join(ROOT, `${String(manifest.name)}-${String(manifest.version)}.vsix`);
  const vsce = path.join(ROOT, 'server', 'tools', 'node_modules', '.bin', 'vsce');
  // Relative links stay relative: they open the files inside the installed extension.
  const r = spawnSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out], {
    cwd: STAGE,
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  // A warning (a missing field, a file it would rather not ship) fails the package: it must be made clean.
  if (/\bWARNING\b/.test(r.stdout + r.stderr)) {
    process.stderr.write('vsce warned: the .vsix is not ready to publish\n');
    return 1;
  }
  return r.status ?? 1;
}

if (require.main === module) process.exitCode = main();
