// Rule documentation ships in both packages (docs/rules/<id>.md beside dist/), so links point at those files and
// SARIF carries the page's text: nothing depends on a web address that may not exist.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocPath, type RuleId } from './rules/registry';

let root: string | undefined;

/** The folder holding package.json above this module: the package (dist/..) or, from source, the repository. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (root = dir);
}

/** Where a rule's page is on disk, in the installed package. */
export function ruleDocFile(rule: RuleId): string {
  return path.join(packageRoot(), ruleDocPath(rule));
}

const urls = new Map<RuleId, string>();

/** A link to the rule's page shipped with the package (an editor opens it). Every diagnostic carries one, on every
 * keystroke: each rule's is worked out once. */
export function ruleDocUrl(rule: RuleId): string {
  let url = urls.get(rule);
  if (url === undefined) urls.set(rule, (url = pathToFileURL(ruleDocFile(rule)).href));
  return url;
}

/** The rule's page as Markdown, or undefined when it is not there to read. */
export function ruleDocText(rule: RuleId): string | undefined {
  try {
    return readFileSync(ruleDocFile(rule), 'utf8');
  } catch {
    return undefined;
  }
}
