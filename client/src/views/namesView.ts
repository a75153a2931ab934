import * as vscode from 'vscode';
import type { DraftFacts, DraftSummary, LspRange, NameForm, NameItem } from '../../../server/src/protocol';
import { key } from '../factsStore';
import { plural } from '../format';
import { DraftTree, revealCommand } from './draftTree';

export const NAMES_VIEW = 'copydesk.names';

interface EntityNode {
  kind: 'entity';
  /** Stable across refreshes so expansion state survives; unique within the tree. */
  id: string;
  uri: string;
  name: NameItem;
  mentions: number;
  hasVariant: boolean;
}

interface FormNode {
  kind: 'form';
  uri: string;
  entity: EntityNode;
  form: NameForm;
}

interface MentionNode {
  kind: 'mention';
  uri: string;
  form: NameForm;
  range: LspRange;
  index: number;
}

type Node = EntityNode | FormNode | MentionNode;

const WARNING = new vscode.ThemeColor('list.warningForeground');

/** Codicons for what each entity is (the engine works it out from the draft's own evidence). */
const ENTITY_ICONS: Record<NameItem['entity'], string> = {
  person: 'person',
  organisation: 'briefcase',
  place: 'globe',
  group: 'organization',
  other: 'tag',
};

const ENTITY_LABELS: Record<NameItem['entity'], string> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  group: 'group',
  other: 'other',
};

/** Names and acronyms of the current draft: entities with a variant spelling first, then by number of mentions.
 * Entity > form (with its count; variants flagged) > each mention. */
export class NamesView extends DraftTree<Node> {
  private entities: EntityNode[] = [];

  protected rebuild(facts: DraftFacts | undefined): void {
    this.entities = facts ? entityNodes(facts) : [];
  }

  protected badge({ namesSpelledTwoWays: n }: DraftSummary): vscode.ViewBadge | undefined {
    return n > 0 ? { value: n, tooltip: plural(n, 'name spelled two ways', 'names spelled two ways') } : undefined;
  }

  protected emptyMessage(facts: DraftFacts): string | undefined {
    return facts.names.length === 0 ? 'No names or acronyms found in this draft.' : undefined;
  }

  getChildren(element?: Node): Node[] {
    if (!element) return this.entities;
    if (element.kind === 'entity') {
      return element.name.forms.map((form) => ({ kind: 'form', uri: element.uri, entity: element, form }));
    }
    if (element.kind === 'form') {
      return element.form.ranges.map((range, index) => ({ kind: 'mention', uri: element.uri, form: element.form, range, index }));
    }
    return [];
  }

  getTreeItem(element: Node): vscode.TreeItem {
    switch (element.kind) {
      case 'entity': {
        const { name } = element;
        const state = element.hasVariant ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(name.canonical, state);
        item.id = element.id;
        const forms = name.forms.length > 1 ? `${plural(name.forms.length, 'form')} · ` : '';
        item.description = `${ENTITY_LABELS[name.entity]} · ${forms}${plural(element.mentions, 'mention')}${name.kind === 'acronym' ? ' · acronym' : ''}`;
        item.iconPath = element.hasVariant ? new vscode.ThemeIcon('warning', WARNING) : new vscode.ThemeIcon(ENTITY_ICONS[name.entity]);
        item.tooltip = element.hasVariant
          ? `"${name.canonical}" is also spelled ${name.forms
              .filter((f) => f.variant)
              .map((f) => `"${f.text}"`)
              .join(', ')}`
          : undefined;
        item.contextValue = element.hasVariant ? 'entity.inconsistent' : 'entity';
        return item;
      }
      case 'form': {
        const { form } = element;
        const item = new vscode.TreeItem(
          form.text,
          form.ranges.length > 1 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        item.id = `${element.entity.id}/${form.text}`;
        item.description = `×${form.count}${form.variant ? ' · variant' : ''}`;
        item.iconPath = form.variant ? new vscode.ThemeIcon('warning', WARNING) : new vscode.ThemeIcon('symbol-text');
        item.tooltip = form.variant
          ? `Variant of "${element.entity.name.canonical}": ${plural(form.count, 'mention')}`
          : plural(form.count, 'mention');
        item.contextValue = form.variant ? 'form.variant' : 'form';
        const first = form.ranges[0];
        if (first) item.command = revealCommand(element.uri, first, 'Reveal First Mention');
        return item;
      }
      case 'mention': {
        const { range } = element;
        const item = new vscode.TreeItem(
          `Line ${range.start.line + 1}, column ${range.start.character + 1}`,
          vscode.TreeItemCollapsibleState.None,
        );
        item.description = lineExcerpt(element.uri, range);
        item.iconPath = new vscode.ThemeIcon(element.form.variant ? 'warning' : 'location', element.form.variant ? WARNING : undefined);
        item.command = revealCommand(element.uri, range);
        return item;
      }
    }
  }
}

function entityNodes(facts: DraftFacts): EntityNode[] {
  const ids = new Set<string>();
  const nodes = facts.names.map((name): EntityNode => ({
    kind: 'entity',
    id: uniqueId(`${name.kind}:${name.canonical}`, ids),
    uri: facts.uri,
    name,
    mentions: name.forms.reduce((sum, f) => sum + f.count, 0),
    hasVariant: name.forms.some((f) => f.variant),
  }));
  return nodes.sort(
    (a, b) => Number(b.hasVariant) - Number(a.hasVariant) || b.mentions - a.mentions || a.name.canonical.localeCompare(b.name.canonical),
  );
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
  taken.add(id);
  return id;
}

/** The words around a mention, read from the open document; nothing when the document is not open. */
function lineExcerpt(uri: string, range: LspRange): string | undefined {
  const wanted = key(uri);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === wanted);
  if (!document || range.start.line >= document.lineCount) return undefined;
  const line = document.lineAt(range.start.line).text;
  const from = Math.max(0, range.start.character - 30);
  const excerpt = line
    .slice(from, range.start.character + 50)
    .replace(/\s+/g, ' ')
    .trim();
  return `${from > 0 ? '…' : ''}${excerpt}`;
}
