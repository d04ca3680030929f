import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/**
 * A "By" label beside the headline signs the story in words (html/header-byline): a handle, a
 * team or a brand counts there as it does in author metadata, even in an element no class calls
 * a byline. What follows the label must be a name and nothing more.
 */

const BODY = [
  'The lighthouse keepers of the northern coast met on Saturday to plan the restoration of the old lamp room and its brass fittings.',
  'Volunteers from three villages have offered their weekends, and the county will lend scaffolding for the whole of the summer.',
  'Work on the tower starts in May, and visitors will be able to climb the stairs again once the new railings are in place.',
].map((p) => `<p>${p}</p>`).join('');

async function authorsUnder(header: string): Promise<string[] | undefined> {
  const html = `<!doctype html><html lang="en"><head><title>Keepers plan the lamp room</title></head><body><article><h1>Keepers plan the lamp room</h1>${header}${BODY}</article></body></html>`;
  const r = await clean(html, { fallback: false, url: 'https://lampnotes.example/2025/keepers-plan-the-lamp-room' });
  return r.stories[0]?.authors;
}

test('a "By" label in the header names a handle, a team or a brand, in a plain element', async () => {
  assert.deepEqual(await authorsUnder('<p>Posted by keeper_77 on March 4, 2025</p>'), ['keeper_77']);
  assert.deepEqual(await authorsUnder('<div><span>By</span> <span>The Coastline Team</span></div>'), ['The Coastline Team']);
  assert.deepEqual(await authorsUnder('<p>by Lighthouse Online · 4 min read</p>'), ['Lighthouse Online']);
  // A lone label over a list of names in texts of their own (each an author-page link): the whole list.
  assert.deepEqual(
    await authorsUnder('<div><div>By</div><a href="/author/orla-quinn">Orla Quinn</a><div>,</div><a href="/author/tomas-berg">Tomas Berg</a><div>and</div><a href="/author/ines-lund">Ines Lund</a><div>on</div><div>March 4, 2025</div></div>'),
    ['Orla Quinn', 'Tomas Berg', 'Ines Lund'],
  );
  // A full name with the writer's role after a comma: the name.
  assert.deepEqual(await authorsUnder('<div><span>By</span> <span>Orla Quinn, Keeper of the Northern Lights Trust</span></div>'), ['Orla Quinn']);
  // The site signing its own story in words: the label settles it.
  assert.deepEqual(await authorsUnder('<p>by Lampnotes | March 4, 2025</p>'), ['Lampnotes']);
});

test('no author from a label over someone else\'s role, a control, a label word, or a bare one-word name', async () => {
  assert.equal(await authorsUnder('<div><span>Medically reviewed</span> <span>by</span> <span>keeper_77</span></div>'), undefined);
  assert.equal(await authorsUnder('<p>By continuing, you agree to our terms of use.</p>'), undefined);
  assert.equal(await authorsUnder('<p>By using Lamp Notes, you agree to our terms.</p>'), undefined);
  assert.equal(await authorsUnder('<div><span>By</span> <span>Fact Checked</span></div>'), undefined);
  assert.equal(await authorsUnder('<p>keeper_77</p>'), undefined);
  // A role in the name's place names no one.
  assert.equal(await authorsUnder('<p>By Staff Writer</p>'), undefined);
});
