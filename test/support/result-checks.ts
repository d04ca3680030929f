import assert from 'node:assert/strict';
import { clean, type CleanOptions, type CleanResult } from '../../src/index.js';

/**
 * The contract every `clean()` call keeps, whatever the input: it resolves with a well-formed
 * CleanResult, or rejects with an Error whose `code` is a string. `internal` is the code the
 * pipeline gives errors it did not expect; in these tests it is always a finding.
 */

/** Codes that are a correct answer to some input (see README, "Limits and error codes"). */
export const INPUT_ERROR_CODES: ReadonlySet<string> = new Set(['too-large', 'binary-input', 'bad-input', 'bad-option']);

const EXTRACTORS = new Set(['text', 'html', 'readability', 'none']);
const PREVIEW_MAX = 200;

export type Outcome = { ok: true; result: CleanResult } | { ok: false; code: string; message: string };

/** Runs clean() and checks the outcome against the contract; returns it for further checks. */
export async function cleanChecked(input: string | Uint8Array, options?: CleanOptions, label = 'input'): Promise<Outcome> {
  let result: CleanResult;
  try {
    result = await clean(input, options);
  } catch (err) {
    assert.ok(err instanceof Error, `${label}: rejected with a non-Error: ${String(err)}`);
    const code = (err as { code?: unknown }).code;
    assert.equal(typeof code, 'string', `${label}: error without a string code: ${err.message}`);
    assert.ok(INPUT_ERROR_CODES.has(code as string), `${label}: unexpected error code ${String(code)}: ${err.message}`);
    return { ok: false, code: code as string, message: err.message };
  }
  assertWellFormed(result, label);
  return { ok: true, result };
}

function optionalText(value: unknown, what: string): void {
  if (value === undefined) return;
  assert.equal(typeof value, 'string', `${what} is not a string`);
  assert.notEqual((value as string).trim(), '', `${what} is empty`);
}

/** Paragraphs separated by exactly one blank line, none empty, none with outer whitespace. */
export function assertBody(body: string, what: string): void {
  assert.equal(typeof body, 'string', `${what}: body is not a string`);
  if (body === '') return;
  assert.ok(!body.includes('\r'), `${what}: body holds a carriage return`);
  body.split('\n\n').forEach((p, i) => {
    assert.notEqual(p, '', `${what}: paragraph ${i} is empty (more than one blank line)`);
    assert.equal(p, p.trim(), `${what}: paragraph ${i} has leading or trailing whitespace: ${JSON.stringify(p.slice(0, 60))}`);
  });
}

export function assertWellFormed(r: CleanResult, label = 'result'): void {
  assert.ok(Array.isArray(r.stories) && Array.isArray(r.removed) && Array.isArray(r.warnings), `${label}: arrays`);
  assert.ok(r.kind === 'html' || r.kind === 'text', `${label}: kind ${String(r.kind)}`);
  assert.ok(EXTRACTORS.has(r.extractor), `${label}: extractor ${String(r.extractor)}`);
  const mains = r.stories.filter((s) => s.role === 'main').length;
  assert.ok(mains <= 1, `${label}: ${mains} main stories`);
  if (mains === 1) assert.equal(r.stories[0]?.role, 'main', `${label}: the main story is not first`);
  r.stories.forEach((s, i) => {
    const what = `${label}: story ${i}`;
    assert.ok(s.role === 'main' || s.role === 'appended', `${what}: role ${String(s.role)}`);
    assertBody(s.body, what);
    assert.ok(s.body !== '' || s.title !== undefined, `${what}: neither body nor title`);
    assert.ok(Array.isArray(s.captions), `${what}: captions`);
    for (const c of s.captions) optionalText(c, `${what}: caption`);
    for (const k of ['title', 'published', 'source', 'byline', 'dateline', 'lang'] as const) optionalText(s[k], `${what}: ${k}`);
    if (s.title !== undefined) assert.ok(!/[\r\n]/.test(s.title), `${what}: title spans lines`);
    if (s.published !== undefined) assert.match(s.published, /^\d{4}-\d{2}-\d{2}/, `${what}: published`);
  });
  r.removed.forEach((rm, i) => {
    const what = `${label}: removal ${i}`;
    for (const k of ['rule', 'reason', 'text', 'where'] as const) assert.equal(typeof rm[k], 'string', `${what}: ${k} is not a string`);
    assert.notEqual(rm.rule, '', `${what}: empty rule`);
    assert.notEqual(rm.reason, '', `${what}: empty reason`);
    assert.ok(rm.text.length <= PREVIEW_MAX, `${what}: text preview of ${rm.text.length} characters`);
  });
  for (const w of r.warnings) assert.ok(typeof w === 'string' && w !== '', `${label}: warning`);
  if (r.stories.length === 0) {
    assert.equal(r.extractor, 'none', `${label}: no stories but extractor ${r.extractor}`);
    assert.ok(r.warnings.length > 0, `${label}: no stories and no warning`);
  }
  assert.doesNotThrow(() => JSON.stringify(r), `${label}: not serialisable`);
}
