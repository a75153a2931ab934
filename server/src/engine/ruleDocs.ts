import type { RuleId } from './types';

export const REPOSITORY_URL = 'https://github.com/copydesk-dev/copydesk';

/** Where each rule is documented (docs/rules/<id>.md in the repository). */
export function ruleDocUrl(rule: RuleId): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${rule}.md`;
}
