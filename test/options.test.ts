import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean, DeclutterError, listRules, type CleanOptions } from '../src/index.js';
import { DEFAULT_OPTIONS, OPTION_FLAGS, resolveOptions } from '../src/options.js';

const TEXT = 'Council approves budget\n\nThe city council approved the budget on Tuesday evening after a long debate about schools and roads.';

async function refused(options: unknown): Promise<string> {
  try {
    await clean(TEXT, options as CleanOptions);
  } catch (e) {
    assert.ok(e instanceof DeclutterError, String(e));
    assert.equal(e.code, 'bad-option');
    return e.message;
  }
  assert.fail(`accepted ${JSON.stringify(options)}`);
}

test('clean() refuses unknown options and unknown rule ids with bad-option', async () => {
  assert.match(await refused({ fallbak: false }), /unknown option "fallbak"; did you mean "fallback"\?/);
  assert.match(await refused({ disable: ['no/such-rule'] }), /unknown rule id "no\/such-rule"/);
  assert.match(await refused({ disable: ['nosuchfamily/'] }), /unknown rule id "nosuchfamily\/"/);
  assert.match(await refused({ disable: 'widget/' }), /disable must be an array/);
  assert.match(await refused({ fallback: 'yes' }), /fallback must be true or false/);
  assert.match(await refused({ lang: 7 }), /lang must be a string/);
  assert.match(await refused({ maxBytes: 0 }), /maxBytes/);
  assert.match(await refused({ kind: 'pdf' }), /kind/);
  assert.match(await refused({ pageType: 'prodcut' }), /pageType must be one of article, .*; did you mean "product"\?/);
});

test('every rule id that can be switched off and every family prefix is accepted', async () => {
  const ids = listRules().filter((r) => r.fixed !== true).map((r) => r.id);
  const families = [...new Set(ids.map((id) => id.slice(0, id.indexOf('/') + 1)))];
  assert.deepEqual(resolveOptions({ disable: [...ids, ...families] }).disable, [...ids, ...families]);
  const r = await clean(TEXT, { disable: families });
  assert.ok(r.stories.length > 0);
});

test('a name for what a stage always removes is refused in disable, with the reason; its family prefix is not', async () => {
  const fixed = listRules().filter((r) => r.fixed === true).map((r) => r.id);
  assert.ok(fixed.includes('quality/bad-block') && fixed.includes('meta/title'), 'the judgement of bad blocks and the title line are always on');
  for (const id of fixed) {
    assert.throws(() => resolveOptions({ disable: [id] }), (e: unknown) => e instanceof DeclutterError && e.code === 'bad-option' && /cannot be switched off/.test(e.message), id);
  }
  // A family that also holds switchable rules is still a valid prefix.
  assert.deepEqual(resolveOptions({ disable: ['quality/'] }).disable, ['quality/']);
  assert.equal(listRules().find((r) => r.id === 'widget/counter')?.fixed, undefined);
});

test('options are resolved once: defaults applied, language normalised, result frozen', () => {
  const o = resolveOptions({ lang: 'de-AT', url: undefined });
  assert.equal(o.lang, 'de');
  assert.equal(o.fallback, true);
  assert.equal(o.kind, 'auto');
  assert.ok(Object.isFrozen(o) && Object.isFrozen(o.disable));
  assert.deepEqual(resolveOptions(o), o, 'resolving twice changes nothing');
  assert.deepEqual(Object.keys(DEFAULT_OPTIONS).sort(), Object.keys(OPTION_FLAGS).sort(), 'every option has a default and a flag');
});
