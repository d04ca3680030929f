import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PRUNE_RULES } from '../src/html/prune-rules.js';
import { HTML_PRUNE_RULES } from '../src/rules/html.js';
import { isKnownRuleId, listRules, unknownRuleIds } from '../src/rules/registry.js';
import { isDisabled, RemovalLog } from '../src/rules/rule.js';

test('unknownRuleIds: declared ids and prefixes that reach a rule pass; anything else is returned', () => {
  assert.deepEqual(unknownRuleIds(['story/duplicate-block', 'html/', 'meta/title', 'widget/counter']), []);
  assert.deepEqual(unknownRuleIds(['story/duplicat-block', 'html', 'nope/', 'story/duplicate-block']), ['story/duplicat-block', 'html', 'nope/']);
  assert.equal(isKnownRuleId('html/end-label'), true);
  assert.equal(isKnownRuleId('html/'), false);
});

test('every listed rule is known; the HTML pruning rules implemented are those declared, in order', () => {
  assert.deepEqual(listRules().filter((r) => !isKnownRuleId(r.id)), []);
  assert.deepEqual(PRUNE_RULES.map((r) => r.id), HTML_PRUNE_RULES.map((r) => r.id));
});

test('an id used in code is a declared one: a misspelling does not compile', () => {
  // @ts-expect-error: 'story/duplicat-block' is no declared rule (tsc fails if this line compiles)
  assert.equal(isDisabled('story/duplicat-block', ['story/']), true);
  // @ts-expect-error: the removal log takes declared ids only
  new RemovalLog().drop({ text: 'x', where: 'line 1' }, 'html/end-labels', 'misspelt');
});
