// The files generated from the rule registry and the settings tables (npm run generate) are committed as the
// script writes them: a change to the registry without regenerating fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generatedFiles } from '../../server/tools/generate';
import { RULE_IDS } from '../../server/src/engine/rules/registry';

describe('generated files', () => {
  for (const { path, text } of generatedFiles()) {
    it(`${path} is what npm run generate writes`, () => {
      assert.ok(readFileSync(path, 'utf8') === text, `${path} is out of date: run npm run generate`);
    });
  }

  it('lists every rule in the editor settings, both schema copies and the README', () => {
    const files = Object.fromEntries(generatedFiles().map((f) => [f.path, f.text]));
    const pkg = JSON.parse(files['package.json']);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['copydesk.rules'].properties), [...RULE_IDS]);
    const schema = JSON.parse(files['server/copydesk.schema.json']);
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
    assert.deepEqual(Object.keys(schema.properties.overrides.items.properties.rules.properties), [...RULE_IDS]);
    for (const id of RULE_IDS) assert.ok(files['README.md'].includes(`| [\`${id}\`](docs/rules/${id}.md) |`), id);
  });

  it('gives each setting the same bounds in package.json and in the schema', () => {
    const files = Object.fromEntries(generatedFiles().map((f) => [f.path, f.text]));
    const settings = JSON.parse(files['package.json']).contributes.configuration.properties;
    const schema = JSON.parse(files['server/copydesk.schema.json']).properties;
    assert.deepEqual(
      [settings['copydesk.readability.targetAge'].minimum, settings['copydesk.readability.targetAge'].maximum],
      [schema.readability.properties.targetAge.minimum, schema.readability.properties.targetAge.maximum],
    );
    assert.deepEqual(
      [settings['copydesk.paragraphLength.maxWords'].minimum, settings['copydesk.paragraphLength.maxWords'].maximum],
      [10, 2000],
    );
  });
});
