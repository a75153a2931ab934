import { ruleDocPath, type RuleId } from './rules/registry';

export const REPOSITORY_URL = 'https://github.com/copydesk-dev/copydesk';

/** Where each rule is documented, on the repository's web pages. */
export function ruleDocUrl(rule: RuleId): string {
  return `${REPOSITORY_URL}/blob/main/${ruleDocPath(rule)}`;
}
