// The settings that concern only the editor (which documents, when, how large, tracing), beside the analysis
// settings of the rule registry. `npm run generate` writes package.json's settings and docs/settings.md from both;
// the language server checks what an editor sends against them.
import type { UserSettings } from './engine/config';
import { ANALYSIS_SETTINGS, type SettingSpec } from './engine/rules/registry';
import { problemText, sanitizeAnalysisSettings, settingProblem, type SettingProblem } from './engine/settings';

export type SettingScope = 'resource' | 'window';

export type EditorSettingSpec = SettingSpec & {
  scope: SettingScope;
  /** Read by the client only (the language server never sees it). */
  clientOnly?: boolean;
  /** The docs' type column, where the spec's own type says too little. */
  docType?: string;
};

export const EDITOR_SETTINGS = {
  enable: {
    type: 'boolean',
    default: true,
    scope: 'resource',
    description: 'Check drafts with Copydesk. Off: no diagnostics, no status bar item, empty views for that folder.',
  },
  languages: {
    type: 'string-list',
    default: ['markdown', 'plaintext', 'news-draft'],
    scope: 'window',
    clientOnly: true,
    description:
      'Language ids of the documents Copydesk may check (files on disk and untitled documents); of these it checks news drafts, files in a folder with a `.copydesk.json` and files in `copydesk.include`. Changing this restarts the language server.',
  },
  include: {
    type: 'string-list',
    default: [],
    scope: 'resource',
    clientOnly: true,
    description:
      'Files Copydesk checks besides news drafts (`.draft` files) and files in a folder with a `.copydesk.json`: globs relative to the workspace folder (or absolute paths). **Copydesk: Check This File** (also in the status bar) adds the file you are in. `["**/*"]` checks every Markdown and plain-text file.',
  },
  run: {
    type: 'enum',
    default: 'onType',
    values: ['onType', 'onSave', 'manual'],
    valueDescriptions: [
      'Check while you type, after `#copydesk.debounceMs#`.',
      'Check when the draft is saved.',
      'Check only on the **Copydesk: Check Document** command.',
    ],
    scope: 'resource',
    description:
      'When Copydesk checks a draft: while typing (after `copydesk.debounceMs`), on save, or only on **Copydesk: Check Document**.',
  },
  debounceMs: {
    type: 'integer',
    default: 200,
    minimum: 0,
    maximum: 60_000,
    scope: 'resource',
    description: 'Milliseconds to wait after the last keystroke before checking (with `copydesk.run` set to `onType`).',
  },
  maxDocumentSize: {
    type: 'integer',
    default: 2_000_000,
    minimum: 0,
    maximum: 100_000_000,
    scope: 'resource',
    docType: 'number (characters)',
    description: 'Largest draft, in characters, that Copydesk analyses. A larger one gets a single information diagnostic and no analysis.',
  },
  'trace.server': {
    type: 'enum',
    default: 'off',
    values: ['off', 'messages', 'verbose'],
    valueDescriptions: ['No trace.', 'The messages, without their content.', 'The messages and their content.'],
    scope: 'window',
    clientOnly: true,
    description: 'Logs the traffic between VS Code and the language server in the **Copydesk** output.',
  },
} as const satisfies Record<string, EditorSettingSpec>;

export type EditorSettingKey = keyof typeof EDITOR_SETTINGS;

/** Every `copydesk.*` setting in the order the editor shows them: the editor's own first, then the analysis. */
export function settingsInOrder(): { key: string; spec: EditorSettingSpec | SettingSpec; analysis: boolean }[] {
  const editor = Object.entries(EDITOR_SETTINGS) as [string, EditorSettingSpec][];
  const analysis = Object.entries(ANALYSIS_SETTINGS) as [string, SettingSpec][];
  const first = editor.filter(([k]) => k !== 'maxDocumentSize' && k !== 'trace.server');
  const last = editor.filter(([k]) => k === 'maxDocumentSize' || k === 'trace.server');
  return [
    ...first.map(([key, spec]) => ({ key, spec, analysis: false })),
    ...analysis.map(([key, spec]) => ({ key, spec, analysis: true })),
    ...last.map(([key, spec]) => ({ key, spec, analysis: false })),
  ];
}

/** The `copydesk.*` settings the language server reads for each document. */
export interface ServerSettings extends UserSettings {
  enable?: boolean;
  run?: 'onType' | 'onSave' | 'manual';
  debounceMs?: number;
  maxDocumentSize?: number;
}

/** What an editor sent, with every value that does not fit its setting dropped and named. */
export function sanitizeServerSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const { settings, problems } = sanitizeAnalysisSettings(raw);
  const out = settings as ServerSettings & Record<string, unknown>;
  const all: SettingProblem[] = [...problems];
  if (raw !== null && typeof raw === 'object') {
    for (const [key, spec] of Object.entries(EDITOR_SETTINGS) as [string, EditorSettingSpec][]) {
      if (spec.clientOnly) continue;
      const value = (raw as Record<string, unknown>)[key];
      if (value === undefined || value === null) continue;
      const problem = settingProblem(spec, value);
      if (problem) all.push({ setting: `copydesk.${key}`, value, message: problem });
      else out[key] = value;
    }
  }
  return { settings: out, problems: all.map(problemText) };
}
