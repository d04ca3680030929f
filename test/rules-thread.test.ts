import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { THREAD_RULES } from '../src/rules/thread.js';
import type { Rule, RuleContext } from '../src/rules/rule.js';
import type { Block } from '../src/types.js';
import { clean, listRules } from '../src/index.js';
import { ctxOf, line } from './support/blocks.js';

const rule = (id: string): Rule => {
  const r = (THREAD_RULES as readonly Rule<string>[]).find((x) => x.id === id);
  assert.ok(r, `rule ${id} exists`);
  return r as Rule;
};

/** Per rule: [lines, index, reason] it must drop and [lines, index] it must keep (dump lines). */
const CASES: Record<string, { drop: [string[], number, RegExp][]; keep: [string[], number][] }> = {
  'thread/poster-card': {
    drop: [
      [['Joined: Tue Mar 04, 2019 8:12 pm', 'Joined: 9. Feb 2011, 10:40'], 0, /poster's card line "Joined: Tue Mar 04, 2019 8:12 pm", one of 2/],
      [['Join Date: Oct 2014', 'Registered: 2009-05-17'], 1, /poster's card line "Registered: 2009-05-17"/],
      [['Senior Member', 'Joined 2003', 'Pelican sightings are up this spring.'], 0, /poster's card line "Senior Member", one of 2/],
    ],
    keep: [
      // One join date is a shop's seller box or a profile's own line.
      [['Joined Jan 2001', 'Ships from a small town by the coast.'], 0],
      // A sentence that opens with the label goes on past a day.
      [['Joined the rowing club in 2019 and never left.', 'Joined the choir in 2020 and stayed.'], 0],
      [['Member states agreed on the budget.', 'Senior Member'], 0],
    ],
  },
  'thread/stats-run': {
    drop: [[['4.1K views 17 replies 9 participants last post by harbourfox Mar 2, 2025'], 0, /counts run together/], [['9 Posts 4 Posters 2.7k Views 1 Watching'], 0, /counts run together/], [['86 posts · Joined 2017'], 0, /counts run together/]],
    keep: [[['3 posts were cut from the budget.'], 0], [['1,204 posts'], 0]],
  },
  'thread/edit-note': {
    drop: [[['Last edited by harbourfox on 3. Mar 2023, 09:12, edited 2 times in total.'], 0, /edit note/], [['Edited April 9, 2023 by quillpen to fix the link to the tide tables'], 0, /edit note/], [['Posted March 3 (edited)'], 0, /edit note/]],
    // A credit without a day; a note that reads as a timestamp line is meta/timestamp's, which reads its date.
    keep: [[['Edited by Jane Doe'], 0], [['Edited for length, the letter says the ferry will run again.'], 0], [['Last edited by harbourfox (2023-03-03 09:12:40)'], 0]],
  },
  'thread/quote-header': {
    drop: [[['2 hours ago, harbourfox said:'], 0, /quoted post's header: "2 hours ago, harbourfox said:"/], [['On 3/12/2023 at 4:05 PM, quillpen said:'], 0, /quoted post's header/], [['Originally Posted by quillpen'], 0, /quoted post's header/], [['Quote:'], 0, /quoted post's header/]],
    // Who wrote the quoted post, as the references keep it; a sentence that opens with "On" and ends in "said:".
    keep: [[['harbourfox said:'], 0], [['On the whole, the ferryman said:'], 0]],
  },
  'thread/notice': {
    drop: [
      [['You must log in or register to reply here.'], 0, /thread notice: "You must log in/], [['Create an account or sign in to comment'], 0, /thread notice/],
      [['You may not post attachments'], 0, /thread notice/], [['This thread was automatically closed after 60 days. New replies are no longer allowed.'], 0, /thread notice/],
      [['Users browsing this thread: 2 Guest(s)'], 0, /thread notice/], [['All times are GMT +2. The time now is 09:41.'], 0, /thread notice/],
      [['Explore related questions'], 0, /thread notice/],
    ],
    keep: [[['Please register to vote before the harbour referendum.'], 0], [['This thread is closed to new members, the ferryman said.'], 0], [['You must bring a coat to the pier.'], 0]],
  },
  'thread/reactions': {
    drop: [[['Reactions: harbourfox, quillpen and 4 others'], 0, /reactions: "Reactions: harbourfox/], [['harbourfox, quillpen and 2 others like this.'], 0, /reactions/]],
    keep: [[['Cats and dogs like this.'], 0], [['Reactions were mixed. Some cheered, some left.'], 0]],
  },
  'thread/attachment': {
    drop: [[['(48.20 KiB) Downloaded 131 times'], 0, /attachment count/]],
    keep: [[['The file (48 KiB) was downloaded by the clerk.'], 0]],
  },
  // HTML only: its drop case is in the test after this table (a dump reads the line as its byline).
  'thread/starter': { drop: [], keep: [[['Thread starter harbourfox'], 0], [['The thread starter was a sailor.'], 0]] },
};

describe('thread rules: every rule has a drop case with its reason and a keep case', () => {
  for (const [id, cases] of Object.entries(CASES)) {
    test(id, () => {
      for (const [texts, index, reason] of cases.drop) {
        const { block, ctx } = ctxOf(texts, index);
        const got = rule(id).test(block, ctx);
        assert.ok(got !== null, `${id} should drop ${JSON.stringify(texts[index])}`);
        assert.match(got, reason);
      }
      for (const [texts, index] of cases.keep) {
        const { block, ctx } = ctxOf(texts, index);
        assert.equal(rule(id).test(block, ctx), null, `${id} should keep ${JSON.stringify(texts[index])}`);
      }
    });
  }

  test('every thread rule is covered by a case above, and listed', () => {
    assert.deepEqual(THREAD_RULES.map((r) => r.id).filter((id) => !(id in CASES)), []);
    const listed = listRules().map((r) => r.id);
    for (const r of THREAD_RULES) assert.ok(listed.includes(r.id), r.id);
  });
});

test('thread/starter drops an HTML starter label; keeps a dump\'s (its byline) and a heading', () => {
  const r = rule('thread/starter');
  const html = (text: string, kind: Block['kind'] = 'paragraph'): Block => line(text, 0, { where: 'dl.thread-starter', kind });
  const ctx = (b: Block): RuleContext => ({ blocks: [b], index: 0, lang: 'en', title: undefined });
  for (const text of ['Thread starter harbourfox', 'quillpen Discussion starter']) {
    const b = html(text);
    assert.match(r.test(b, ctx(b)) ?? '', /thread starter's label/, text);
  }
  const heading = html('Thread starter harbourfox', 'heading');
  assert.equal(r.test(heading, ctx(heading)), null);
  const dumped = line('Thread starter harbourfox', 0);
  assert.equal(r.test(dumped, ctx(dumped)), null, 'a dump reads it as the byline');
});

const POST = (name: string, joined: string, words: string): string => `
  <article class="post">
    <div class="poster"><a href="/members/${name}">${name}</a><div>Senior Member</div><div>${joined}</div></div>
    <div class="post-body"><p>${words}</p></div>
    <p>Last edited by ${name} on 4. Apr 2023, 10:02, edited 1 time in total.</p>
  </article>`;

test('a thread page keeps its posts and loses the posters\' cards, edit notes and the log-in prompt', async () => {
  const html = `<html><head><title>Which rope for a small sailboat?</title></head><body><main>
    <h1>Which rope for a small sailboat?</h1>
    ${POST('harbourfox', 'Joined: Mon Jan 09, 2017 7:45 pm', 'I am rigging a small dinghy this spring and wonder which rope holds up best in salt water over a whole season of sailing.')}
    ${POST('quillpen', 'Joined: Fri Jun 21, 2019 6:10 am', 'Braided polyester has served me well for years; it stretches little, dries fast and the sun barely fades it on the water.')}
    ${POST('saltmarsh', 'Joined: Sat Mar 02, 2021 1:15 pm', 'I would add that a softer cover is kinder to your hands when you pull the sheets hard in a gust on a cold morning.')}
    <p>You must log in or register to reply here.</p>
  </main></body></html>`;
  const r = await clean(html, { kind: 'html' });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Braided polyester has served me well/);
  assert.match(body, /softer cover is kinder/);
  for (const gone of ['Joined:', 'Last edited by', 'You must log in', 'Senior Member']) assert.ok(!body.includes(gone), gone);
  const rules = new Set(r.removed.map((x) => x.rule));
  for (const id of ['thread/poster-card', 'thread/edit-note', 'thread/notice']) assert.ok(rules.has(id), id);
});
