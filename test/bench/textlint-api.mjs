// Run by peers.ts with plain Node (textlint cannot load its rules under the tsx loader): textlint's API over the
// files listed in argv[3], timed after reading them. Prints {"ms":…,"findings":…}.
import { readFileSync } from 'node:fs';
import { createLinter, loadTextlintrc } from 'textlint';

const [configFile, listFile] = process.argv.slice(2);
const files = JSON.parse(readFileSync(listFile, 'utf8'));
const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const descriptor = await loadTextlintrc({ configFilePath: configFile });
if (descriptor.rule.lintableDescriptors.length !== 2) throw new Error('textlint did not load its two rules');
const linter = createLinter({ descriptor });
const started = performance.now();
let findings = 0;
for (const t of texts) findings += (await linter.lintText(t.text, t.file.replace(/\.[^./]+$/, '.txt'))).messages.length;
process.stdout.write(JSON.stringify({ ms: performance.now() - started, findings }));
