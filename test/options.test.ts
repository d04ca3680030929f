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

test('every rule id and every family prefix is accepted', async () => {
  const ids = listRules().map((r) => r.id);
  const families = [...new Set(ids.map((id) => id.slice(0, id.indexOf('/') + 1)))];
  assert.deepEqual(resolveOptions({ disable: [...ids, ...families] }).disable, [...ids, ...families]);
  const r = await clean(TEXT, { disable: families });
  assert.ok(r.stories.length > 0);
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
