// Writes the surfaces that repeat the rule registry and the settings tables, so they never drift from them:
// package.json's settings, the house-style schema (rules at the top and in overrides), the README's rules table and
// docs/settings.md. `npm run generate` writes them; `npm run generate -- --check` (and a unit test) fails when a
// committed file differs from what this script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { EDITOR_SETTINGS, settingsInOrder, type EditorSettingSpec } from '../src/editorSettings';
import { HOUSE_STYLE_FILE } from '../src/engine/config';
import { ANALYSIS_SETTINGS, RULES, ruleDocPath, type RuleDefinition, type SettingSpec } from '../src/engine/rules/registry';
import { PRESETS } from '../src/engine/presets';
import { SEVERITY_SETTINGS } from '../src/engine/settings';

const SEVERITY_DESCRIPTIONS = [
  'Do not run the rule.',
  'Report as an error.',
  'Report as a warning.',
  'Report as information.',
  'Report as a hint (shown faintly).',
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => `${capital(s)}.`;
/** Settings descriptions in package.json link to other settings as `#copydesk.x#`; docs write `copydesk.x`. */
const forDocs = (s: string) => s.replace(/`#(copydesk\.[\w.]+)#`/g, '`$1`');

function vscodeProperty(spec: SettingSpec | EditorSettingSpec, order: number): Record<string, unknown> {
  const scope = 'scope' in spec ? spec.scope : 'resource';
  const base: Record<string, unknown> = {};
  switch (spec.type) {
    case 'integer':
      Object.assign(base, { type: 'integer', default: spec.default, minimum: spec.minimum, maximum: spec.maximum });
      break;
    case 'boolean':
      Object.assign(base, { type: 'boolean', default: spec.default });
      break;
    case 'enum':
      Object.assign(base, { type: 'string', enum: [...spec.values], default: spec.default, enumDescriptions: [...spec.valueDescriptions] });
      break;
    case 'string-list':
      Object.assign(base, { type: 'array', items: { type: 'string' }, uniqueItems: true, default: [...spec.default] });
      break;
  }
  return { ...base, scope, order, markdownDescription: spec.description.replace(/`(copydesk\.[\w.]+)`/g, '`#$1#`') };
}

function ruleSeverityProperty(rule: (typeof RULES)[number]): Record<string, unknown> {
  return {
    type: 'string',
    enum: [...SEVERITY_SETTINGS],
    enumDescriptions: SEVERITY_DESCRIPTIONS,
    markdownDescription: `${sentence(rule.summary)} Default: ${defaultText(rule)}. Documented in \`${ruleDocPath(rule.id)}\` (the link on each finding opens it).`,
  };
}

export function vscodeConfiguration(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  let order = 0;
  for (const { key, spec, analysis } of settingsInOrder()) {
    properties[`copydesk.${key}`] = vscodeProperty(spec, order++);
    if (!analysis && key === 'debounceMs') {
      properties['copydesk.rules'] = {
        type: 'object',
        default: {},
        scope: 'resource',
        order: order++,
        additionalProperties: false,
        markdownDescription:
          'Severity per rule: `off`, `error`, `warning`, `info` or `hint`. A rule left out keeps its default severity. ' +
          `A \`rules\` entry in the workspace folder's \`${HOUSE_STYLE_FILE}\` wins over this setting.`,
        properties: Object.fromEntries(RULES.map((r) => [r.id, ruleSeverityProperty(r)])),
      };
    }
  }
  return { title: 'Copydesk', properties };
}

function schemaSetting(spec: SettingSpec): Record<string, unknown> {
  const description = `${spec.description.replace(/`/g, '')} Default: ${JSON.stringify(spec.default)}.`;
  switch (spec.type) {
    case 'integer':
      return { type: 'integer', minimum: spec.minimum, maximum: spec.maximum, description };
    case 'boolean':
      return { type: 'boolean', description };
    case 'enum':
      return { enum: [...spec.values], description };
    case 'string-list':
      return { type: 'array', items: { type: 'string' }, description };
  }
}

function schemaRules(description: string): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      RULES.map((r) => [
        r.id,
        {
          enum: [...SEVERITY_SETTINGS],
          description: `${sentence(r.summary)} Default: ${defaultText(r).replace(/`/g, '')}. off, or the severity to report the rule at.`,
          markdownDescription: `${sentence(r.summary)} Default: ${defaultText(r)}. Documented in \`${ruleDocPath(r.id)}\` in the package.`,
        },
      ]),
    ),
    description,
  };
}

/** `extends`: presets and shared files (engine/houseStyleExtends.ts); last, as the validator lists it. */
const EXTENDS_SCHEMA = {
  type: 'array',
  maxItems: 20,
  items: {
    anyOf: [
      { enum: Object.keys(PRESETS), description: 'A built-in preset.' },
      { type: 'string', minLength: 1, description: "A team's shared house style file, relative to this one." },
    ],
  },
  description:
    "Presets (copydesk:ap, copydesk:bbc) and shared house style files applied first, in order; this file's settings apply on top.",
};

export function houseStyleSchema(): Record<string, unknown> {
  const analysis: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(ANALYSIS_SETTINGS) as [string, SettingSpec][]) {
    const [group, name] = key.split('.');
    if (name === undefined) analysis[group] = schemaSetting(spec);
    else {
      const holder = (analysis[group] ??= { type: 'object', additionalProperties: false, properties: {} }) as {
        properties: Record<string, unknown>;
      };
      holder.properties[name] = schemaSetting(spec);
    }
  }
  const nonEmpty = { type: 'string', minLength: 1 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/copydesk-dev/copydesk/blob/main/server/copydesk.schema.json',
    title: `Copydesk house style (${HOUSE_STYLE_FILE})`,
    description: "A newsroom's shared house style for Copydesk: rule settings, preferred names, acronyms and terms. Data only.",
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: schemaRules('Rule settings that apply to every draft in this workspace folder.'),
      ...analysis,
      names: {
        type: 'array',
        maxItems: 10000,
        description: 'Preferred names: the form to use and variants to flag.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['preferred'],
          properties: {
            preferred: { ...nonEmpty, description: 'The form the house uses.' },
            variants: { type: 'array', maxItems: 10000, items: nonEmpty, description: 'Other spellings, always flagged.' },
          },
        },
      },
      acronyms: {
        type: 'array',
        maxItems: 10000,
        items: nonEmpty,
        description: 'Acronyms readers know without a definition (extends the built-in list).',
      },
      distinctNames: {
        type: 'array',
        maxItems: 10000,
        items: { type: 'array', maxItems: 50, items: nonEmpty },
        description: 'Groups of look-alike names that are different entities (never reported as variants of each other).',
      },
      terms: {
        type: 'array',
        maxItems: 10000,
        description: 'Terms the house replaces (rule house-style).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['use', 'instead'],
          properties: { use: nonEmpty, instead: { type: 'array', maxItems: 100, items: nonEmpty }, note: nonEmpty },
        },
      },
      attributionVerbs: {
        type: 'object',
        additionalProperties: false,
        description: 'Attribution verbs for the rule attribution-verb, in any form (`claim` or `claimed`).',
        properties: {
          loaded: {
            type: 'array',
            maxItems: 1000,
            items: nonEmpty,
            description: 'Verbs the house holds loaded, beyond the built-in list.',
          },
          allowed: { type: 'array', maxItems: 1000, items: nonEmpty, description: 'Built-in loaded verbs the house allows.' },
        },
      },
      sources: {
        type: 'array',
        maxItems: 10000,
        description:
          "The desk's list of contributors, for the sourcing audit's count by gender and role (Copydesk never guesses a gender from a name).",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: { ...nonEmpty, description: 'The name as drafts write it in full.' },
            gender: { ...nonEmpty, description: 'As the desk records it.' },
            role: { ...nonEmpty, description: 'What the contributor is quoted as (expert, official, witness …).' },
          },
        },
      },
      transcripts: {
        type: 'array',
        maxItems: 50,
        items: nonEmpty,
        description:
          "Globs of interview transcripts and notes (relative to this file's folder: `notes/**/*.txt`, `**/*.vtt`, `**/*.srt`) that quote-mismatch checks quotes against.",
      },
      overrides: {
        type: 'array',
        maxItems: 50,
        description: "Rule settings for some files only (globs relative to this file's folder).",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files', 'rules'],
          properties: {
            files: {
              type: 'array',
              maxItems: 20,
              items: {
                ...nonEmpty,
                not: { anyOf: [{ pattern: '[@!?*+]\\(' }, { pattern: '(^|/)[^/]*\\*[^/]*\\*[^/]*\\*' }] },
                description: 'A glob: *, **, ?, [abc] and {a,b}; no extglobs such as +(...), at most 2 * in one path segment.',
              },
            },
            rules: schemaRules('Rule settings for the files these globs match.'),
          },
        },
      },
      extends: EXTENDS_SCHEMA,
    },
  };
}

/** A rule's default severity in words: an opt-in rule is off until a preset or a setting turns it on. */
function defaultText(r: RuleDefinition): string {
  return r.optIn ? `\`off\` (\`${r.severity}\` when a preset or a setting turns it on)` : `\`${r.severity}\``;
}

export function rulesTable(): string {
  const rows = RULES.map(
    (r) =>
      `| [\`${r.id}\`](${ruleDocPath(r.id)}) | ${(r as RuleDefinition).optIn ? `off (presets: ${r.severity})` : r.severity} | ${r.summary} |`,
  );
  return ['| rule | default | what it flags |', '|---|---|---|', ...rows].join('\n');
}

function docsType(spec: SettingSpec | EditorSettingSpec): string {
  if ('docType' in spec && spec.docType) return spec.docType;
  switch (spec.type) {
    case 'integer':
      return `whole number, ${spec.minimum.toLocaleString('en')}–${spec.maximum.toLocaleString('en')}`;
    case 'boolean':
      return 'boolean';
    case 'enum':
      return spec.values.map((v) => `\`"${v}"\``).join(' \\| ');
    case 'string-list':
      return 'string[]';
  }
}

export function settingsDoc(): string {
  const rows = ['| Setting | Type | Default | Scope | What it does |', '|:--|:--|:--|:--|:--|'];
  for (const { key, spec } of settingsInOrder()) {
    const scope = 'scope' in spec ? spec.scope : 'resource';
    rows.push(
      `| \`copydesk.${key}\` | ${docsType(spec)} | \`${JSON.stringify(spec.default)}\` | ${scope} | ${forDocs(spec.description)} |`,
    );
    if (key === 'debounceMs') {
      rows.push(
        `| \`copydesk.rules\` | object | \`{}\` | resource | Severity per rule id: ${SEVERITY_SETTINGS.map((s) => `\`"${s}"\``).join(', ')}. A rule left out keeps its default (see the table below). |`,
      );
    }
  }
  const houseKeys = Object.keys(ANALYSIS_SETTINGS)
    .map((k) => `\`${k}\``)
    .join(', ');
  const ruleRows = RULES.map(
    (r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.severity} | ${r.summary} | ${r.settings.map((s) => `\`${s}\``).join(', ') || '–'} |`,
  );
  const editorOnly = (Object.keys(EDITOR_SETTINGS) as string[]).map((k) => `\`${k}\``).join(', ');
  return `<!-- Generated by \`npm run generate\` from server/src/engine/rules/registry.ts and server/src/editorSettings.ts: edit those, not this file. -->
# Copydesk settings

Copydesk reads its options from three places, weakest first:

1. **Built-in defaults**: the values in the tables below.
2. **VS Code settings** (\`copydesk.*\`), user or workspace, per folder where the scope is *resource*. Other editors
   send the same settings under \`copydesk\` (see the README).
3. **The house style**: \`${HOUSE_STYLE_FILE}\` at the root of the draft's workspace folder. It is the team's shared
   style, so it wins over your own settings. When one of its values overrides a setting you made, the language
   server says so in the **Copydesk** output channel; it never overrides silently. Open or create the file with
   **Copydesk: Open House Style**.

Every value is checked: a setting of the wrong type or out of bounds is ignored and named in the **Copydesk** output
channel, and the default (or the house style's value) stays in force. An invalid house style is reported in the file
itself and the last good one stays in force.

Settings that only concern the editor (${editorOnly}) exist only as editor settings; the house style carries the
ones that shape the analysis (\`rules\`, ${houseKeys}), plus names, acronyms and terms that have no editor setting.

${rows.join('\n')}

## Rules and the settings they read

| Rule | Default | What it flags | Settings |
|:--|:--|:--|:--|
${ruleRows.join('\n')}

## Which files are checked

A developer's README should not light up. Copydesk checks a document when its language is in \`copydesk.languages\`,
\`copydesk.enable\` is on, and it is a draft:

- a news draft: a \`.draft\` file, or any document in the \`news-draft\` language;
- a file in a folder that holds a \`${HOUSE_STYLE_FILE}\`, or below such a folder;
- a file matching \`copydesk.include\`.

Any other Markdown or text file shows **Check this file** in the status bar. A plain-text draft opens in the
\`news-draft\` language (once a session, so picking Plain Text again sticks), whose editor wraps long lines: every
paragraph of a \`.txt\` draft is visible, and other text files open as before. The CLI and other editors' language
clients check every file they are given.

## Example

User or workspace \`settings.json\`:

\`\`\`json
{
  "copydesk.run": "onSave",
  "copydesk.rules": { "passive-voice": "off", "quote-unattributed": "error" },
  "copydesk.spelling": "british"
}
\`\`\`

If the folder's \`${HOUSE_STYLE_FILE}\` says \`"spelling": "american"\`, the draft is checked for American spelling and the
Copydesk output notes that the house style overrode \`copydesk.spelling\`.

## Commands

| Command | What it does |
|:--|:--|
| **Copydesk: Check Document** (\`copydesk.checkDocument\`) | Checks the active draft now, whatever \`copydesk.run\` says. |
| **Copydesk: Check This File** (\`copydesk.checkThisFile\`) | Adds a Markdown or text file that is not a draft to \`copydesk.include\` (workspace settings) and checks it; the status bar offers it on such files. |
| **Copydesk: Show Draft Report** (\`copydesk.showReport\`) | Shows the draft's numbers, charts, findings, quotes and names (also: click the status bar item). |
| **Copydesk: Open House Style (${HOUSE_STYLE_FILE})** (\`copydesk.openHouseStyle\`) | Opens the workspace folder's \`${HOUSE_STYLE_FILE}\`, creating a minimal one if there is none. |
| **Copydesk: Restart Language Server** (\`copydesk.restartServer\`) | Restarts the server (it also restarts by itself when \`copydesk.languages\` changes). |
`;
}

const README_START = '<!-- generated: rules table (npm run generate) -->';
const README_END = '<!-- end of generated rules table -->';

/** Each generated file's path and the text this script writes there. */
export function generatedFiles(read: (path: string) => string = (p) => readFileSync(p, 'utf8')): { path: string; text: string }[] {
  const pkg = JSON.parse(read('package.json')) as { contributes: Record<string, unknown> };
  pkg.contributes.configuration = vscodeConfiguration();
  const readme = read('README.md');
  const from = readme.indexOf(README_START);
  const to = readme.indexOf(README_END);
  if (from < 0 || to < from) throw new Error(`README.md needs the markers ${README_START} and ${README_END}`);
  return [
    { path: 'package.json', text: `${JSON.stringify(pkg, null, 2)}\n` },
    { path: 'server/copydesk.schema.json', text: `${JSON.stringify(houseStyleSchema(), null, 2)}\n` },
    { path: 'README.md', text: `${readme.slice(0, from + README_START.length)}\n${rulesTable()}\n${readme.slice(to)}` },
    { path: 'docs/settings.md', text: settingsDoc() },
  ];
}

function main(): void {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const { path, text } of generatedFiles()) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // a missing file is stale
    }
    if (current === text) continue;
    stale.push(path);
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length > 0) {
    console.error(`Out of date (run npm run generate): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else if (!check) console.log(stale.length ? `wrote ${stale.join(', ')}` : 'everything was up to date');
}

if (require.main === module) main();
