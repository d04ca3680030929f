import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'domhandler';
import { readMetadata } from '../src/html/metadata.js';
import { memberName } from '../src/html/members.js';
import { parseHtml } from '../src/html/parse.js';

/**
 * Issue 13, fourteenth round: who opened a thread whose markup marks no author. Its posts sign
 * with links to the posters' profiles; the opener's heads the first post, before the thread's
 * first text. Microdata that hides the name in a <meta> names the poster too.
 */

const QUESTION = 'My old cast iron hand pump loses its prime overnight and I have to pour water in every morning before it will draw again. The leather cup washer looks fine and the check valve at the bottom of the well pipe is only two years old.';
const ANSWER = 'Check the threaded joint just under the pump body: air gets in there and the column drains back down overnight, whatever state the washer is in.';

function firstLink(html: string): Element {
  const found = parseHtml(html).children.flatMap(function all(n): Element[] {
    return n.type === 'tag' ? [...(n.name === 'a' ? [n] : []), ...n.children.flatMap(all)] : [];
  });
  return found[0] as Element;
}

test('members: a profile link heading the first post names the thread\'s opener', () => {
  const page = `<html><body><h1>Pump loses its prime overnight</h1>
<div class="post"><dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=4711" class="username">pump_novice</a></dt></dl><div class="content">${QUESTION}</div></div>
<div class="post"><dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=815" class="username">well_keeper</a></dt></dl><div class="content">${ANSWER}</div></div>
</body></html>`;
  assert.equal(readMetadata(parseHtml(page)).meta.firstPoster, 'pump_novice');
});

test('members: a profile link after the thread\'s first text is a signature card, not the opener\'s header', () => {
  const page = `<html><body><h1>Pump loses its prime overnight</h1>
<div class="question"><div class="content">${QUESTION}</div><div class="card">asked by <a href="/users/4711/pump-novice">pump-novice</a></div></div>
</body></html>`;
  assert.equal(readMetadata(parseHtml(page)).meta.firstPoster, undefined);
});

test('members: a profile path names the account its link must show', () => {
  assert.equal(memberName(firstLink('<a href="/u/well_keeper">well_keeper</a>')), 'well_keeper');
  assert.equal(memberName(firstLink('<a href="/members/well_keeper.815/">Well_Keeper</a>')), 'Well_Keeper');
  assert.equal(memberName(firstLink('<a href="/u/well_keeper">Log in</a>')), undefined);
  assert.equal(memberName(firstLink('<a href="/uploads/pump.jpg">pump</a>')), undefined);
  assert.equal(memberName(firstLink('<a href="/forum/rules">well_keeper</a>')), undefined);
});

test('members: an author element that shows nothing names its poster in its microdata', () => {
  const hidden = `<html><body><h1>Pump loses its prime overnight</h1><div class="post"><span itemprop="author" itemscope><meta itemprop="name" content="pump_novice"></span><p>${QUESTION}</p></div></body></html>`;
  assert.equal(readMetadata(parseHtml(hidden)).meta.opener, 'pump_novice');
  // An element that shows its own text is read by that text, whatever its microdata says.
  const shown = `<html><body><h1>Pump loses its prime overnight</h1><div class="post"><span itemprop="author" itemscope>well_keeper<meta itemprop="name" content="pump_novice"></span><p>${QUESTION}</p></div></body></html>`;
  assert.equal(readMetadata(parseHtml(shown)).meta.opener, 'well_keeper');
});
