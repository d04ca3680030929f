import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/**
 * Metadata read from the story's own lines (issue 13): whose byline a signed line is, and
 * which of the dates the lines show is the story's.
 */

const PARAS = [
  'The allotment society opened its waiting list again this month, after two plots by the river were cleared of brambles.',
  'Members share the tool shed and the water butts, and the committee asks each plot holder to help at two work days a year.',
  'Plots are let for a year at a time, and the rent goes towards new fencing, seed swaps and the spring open day for neighbours.',
];

async function htmlStory(inner: string): Promise<{ authors?: string[]; published?: string; modified?: string }> {
  const html = `<!doctype html><html lang="en"><head><title>Riverside plots</title></head><body><main><h1>Riverside plots</h1>${inner}</main></body></html>`;
  const r = await clean(html, { fallback: false, url: 'https://riverside-allotments.example/plots' });
  const s = r.stories[0];
  return { authors: s?.authors, published: s?.published, modified: s?.modified };
}

test('signed lines naming different people are a list\'s (testimonials), not the story\'s byline', async () => {
  const quote = (text: string, name: string): string => `<div class="testimonial"><p>${text}</p><p class="review-author">${name}</p></div>`;
  const page = `<p>${PARAS[0]}</p>` +
    quote('We grew more beans than we could eat in our first summer here, and the neighbours were kind.', 'Tamsin Kerr') +
    `<p>${PARAS[1]}</p>` +
    quote('The open day was the best afternoon of the year for our children, who still talk about the bees.', 'Ravi Lund') +
    `<p>${PARAS[2]}</p>`;
  assert.equal((await htmlStory(page)).authors, undefined);
});

test('one signed line is still the story\'s byline', async () => {
  const page = '<p class="byline">Tamsin Kerr</p>' + PARAS.map((p) => `<p>${p}</p>`).join('');
  assert.deepEqual((await htmlStory(page)).authors, ['Tamsin Kerr']);
});

test('dump: "By" lines over several teasers name the teasers\' writers, not the page\'s', async () => {
  const dump = [
    'Riverside plots', '',
    'Bean rows that survive a dry June', 'By Tamsin Kerr', PARAS[0], '',
    'Why the shed has a new lock', 'By Ravi Lund', PARAS[1], '',
    'Open day: what to bring', 'By Oskar Bell', PARAS[2], '',
  ].join('\n');
  const r = await clean(dump, { kind: 'text' });
  assert.equal(r.stories[0]?.authors, undefined);
});

async function dumpStory(header: string[]): Promise<{ authors?: string[]; published?: string; modified?: string }> {
  const r = await clean(['Riverside plots', ...header, ...PARAS].join('\n\n'), { kind: 'text' });
  const s = r.stories[0];
  return { authors: s?.authors, published: s?.published, modified: s?.modified };
}

test('dump: a name printed beside the date is the byline, the date the published date', async () => {
  assert.deepEqual(await dumpStory(['By Tamsin Kerr, March 4, 2025']), { authors: ['Tamsin Kerr'], published: '2025-03-04', modified: undefined });
  assert.deepEqual((await dumpStory(['Posted by Tamsin Kerr on March 4, 2025'])).authors, ['Tamsin Kerr']);
  // Unlabelled, what sits beside a date is a source, a place or a section as often as a name.
  assert.equal((await dumpStory(['March 4, 2025 | Riverside Gazette'])).authors, undefined);
  // Below the story's prose, a name beside a date signs a comment.
  const comments = ['Posted by: Ravi Lund at March 6, 2025 10:15 AM', 'Lovely to see the plots in use again.'];
  assert.equal((await dumpStory(['March 4, 2025', 'More on the plots', ...PARAS, ...comments])).authors, undefined);
  // "Updated by" names whoever changed the story, not its writer.
  assert.equal((await dumpStory(['Updated by Ravi Lund, March 4, 2025'])).authors, undefined);
});

test('a line\'s update stamp is the modified date; a plain date beats it as the published one', async () => {
  assert.deepEqual(await dumpStory(['Published March 2, 2025 · Updated March 4, 2025']), { authors: undefined, published: '2025-03-02', modified: '2025-03-04' });
  const both = await dumpStory(['Last updated: March 4, 2025', 'March 2, 2025']);
  assert.equal(both.published, '2025-03-02');
  assert.equal(both.modified, '2025-03-04');
  // A plain date far below the update stamp (a related story's) does not outrank it.
  const far = await dumpStory(['Last updated: March 4, 2025', ...PARAS, 'More from the society', 'Seed swap report', 'A new lock for the shed', 'Beans in a dry June', 'Bees on the east plots', 'Compost rules', 'February 9, 2024']);
  assert.equal(far.published, '2025-03-04');
  // Alone, the update stamp stays the best date the page gives for when it came out.
  assert.deepEqual(await dumpStory(['Last updated: March 4, 2025']), { authors: undefined, published: '2025-03-04', modified: '2025-03-04' });
  const html = await htmlStory(`<p>Last updated: March 4, 2025</p><p>March 2, 2025</p>${PARAS.map((p) => `<p>${p}</p>`).join('')}`);
  assert.equal(html.published, '2025-03-02');
  assert.equal(html.modified, '2025-03-04');
});

test('a member\'s join date on a poster\'s card is no date of the story', async () => {
  assert.equal((await dumpStory(['Registered: 2011-11-29'])).published, undefined);
  assert.equal((await dumpStory(['Joined March 2019'])).published, undefined);
});

test('a <time> the markup classes as a change stamp is the modified date', async () => {
  const html = await htmlStory(`<div class="field--name-changed"><time datetime="2025-03-04T10:00:00Z">March 4, 2025</time></div>${PARAS.map((p) => `<p>${p}</p>`).join('')}`);
  assert.equal(html.modified, '2025-03-04T10:00:00Z');
});

test('HTML: with no date of its own, the story takes the one date its surroundings print', async () => {
  const body = `<p>${PARAS.join(' ')}</p>`;
  const one = await htmlStory(`${body}<aside class="sidebar"><h4>Published</h4><p>July 8, 2025</p><h4>Category</h4><p>Allotments</p></aside>`);
  assert.equal(one.published, '2025-07-08');
  // Several days there are a list's (related stories), none of them the story's.
  const many = await htmlStory(`${body}<aside class="sidebar"><ul><li><a href="/a">Seed swap report</a> <span>May 2, 2025</span></li><li><a href="/b">Shed lock</a> <span>June 9, 2025</span></li></ul></aside>`);
  assert.equal(many.published, undefined);
});

test('a meta tag named "published" states the published date', async () => {
  const html = `<!doctype html><html lang="en"><head><title>Riverside plots</title><meta name="published" content="July 17, 2025"></head><body><main><h1>Riverside plots</h1><p>${PARAS.join(' ')}</p></main></body></html>`;
  const r = await clean(html, { fallback: false, url: 'https://riverside-allotments.example/plots' });
  assert.equal(r.stories[0]?.published, '2025-07-17');
});

test('dump: a stamp label after the name, spaced or glued on by the dump, is no part of the byline', async () => {
  assert.deepEqual(await dumpStory(['BY TAMSIN KERRPUBLISHED: MAR 4, 2025']), { authors: ['TAMSIN KERR'], published: '2025-03-04', modified: undefined });
  assert.deepEqual((await dumpStory(['By Tamsin Kerr Published: March 4, 2025'])).authors, ['Tamsin Kerr']);
  // Without a "By", a full name before the stamp signs as the name over a stamp line does
  // (metadata-name-before-stamp.test); "Updated by" still names an editor, not the writer.
  assert.deepEqual((await dumpStory(['Tamsin Kerr Published: March 4, 2025'])).authors, ['Tamsin Kerr']);
  assert.equal((await dumpStory(['Updated by Ravi Lund Published: March 4, 2025'])).authors, undefined);
});

test('dump: a byline line that signs with a team names the team; a label that only looks like one names no one', async () => {
  assert.deepEqual((await dumpStory(['By The Riverside Gazette Staff'])).authors, ['The Riverside Gazette Staff']);
  assert.deepEqual((await dumpStory(['By Allotment Society Team'])).authors, ['Allotment Society Team']);
  assert.equal((await dumpStory(['By Our Team'])).authors, undefined);
});

test('dump: a bare name under the headline with the story\'s timestamp or reading time just below signs it', async () => {
  const signer = async (header: string[]): Promise<string[] | undefined> => {
    const dump = ['Home', 'Plots', 'Events', 'Riverside plots reopen to new members after the brambles are cleared', ...header, ...PARAS].join('\n');
    return (await clean(dump, { kind: 'text' })).stories[0]?.authors;
  };
  assert.deepEqual(await signer(['Tamsin Kerr', 'Allotment Secretary', '6 min read']), ['Tamsin Kerr']);
  assert.deepEqual(await signer(['Tamsin Kerr', '•', 'March 4, 2025']), ['Tamsin Kerr']);
  // Without a stamp below, a capitalised line is a subhead or a label as often as a name.
  assert.equal(await signer(['Tamsin Kerr', 'Allotment Secretary']), undefined);
  // A subhead whose words the story writes in lower case, or a domain, is no name.
  assert.equal(await signer(['Waiting List Reopens', '6 min read']), undefined);
  assert.equal(await signer(['Acme.ai Labs', '6 min read']), undefined);
});

test('dump: the stamp line under the headline gives the story its date, though it says more than a date', async () => {
  const dated = async (header: string[]): Promise<string | undefined> => {
    const dump = ['Home', 'Plots', 'Events', 'Riverside plots reopen to new members after the brambles are cleared', ...header, ...PARAS].join('\n');
    return (await clean(dump, { kind: 'text', url: 'https://riverside-allotments.example/news/riverside-plots-reopen-to-new-members' })).stories[0]?.published;
  };
  assert.equal(await dated(['March 4, 2025 · 6 min read · By Allotment Society Online']), '2025-03-04');
  assert.equal(await dated(['Posted on March 4, 2025 by the committee - 5 Comments']), '2025-03-04');
  // A standfirst that mentions a date is prose, not the story's stamp.
  assert.equal(await dated(['The society, which first let plots on March 4, 1998, now counts more than two hundred members across the valley and its villages.']), undefined);
  // A stamp line further down (a related story's) is not the headline's.
  assert.equal(await dated(['Allotment news', 'Seed swap', 'Open day', 'Related: March 4, 2025 · 6 min read · By Allotment Society Online']), undefined);
});

test('dump: a "By" label on the stamp line under the headline signs the story; a name there without the label does not', async () => {
  const signer = async (stamp: string): Promise<string[] | undefined> => {
    const dump = ['Home', 'Plots', 'Events', 'Riverside plots reopen to new members after the brambles are cleared', stamp, ...PARAS].join('\n');
    return (await clean(dump, { kind: 'text', url: 'https://riverside-allotments.example/news/riverside-plots-reopen-to-new-members' })).stories[0]?.authors;
  };
  assert.deepEqual(await signer('0 · by Tamsin Kerr · Updated on 4 March 2025'), ['Tamsin Kerr']);
  assert.deepEqual(await signer('By Tamsin Kerr. Last Updated on March 4, 2025'), ['Tamsin Kerr']);
  // Unlabelled, the words beside the date are a section as often as a name.
  assert.equal(await signer('March 4, 2025 · Tamsin Kerr in Allotment News'), undefined);
  // A "by" after someone else's role names the photographer, not the writer.
  assert.equal(await signer('March 4, 2025 · 6 min read · Photo by Ravi Lund'), undefined);
});

test('dump thread: a starter label or the first post\'s header names who opened the thread; a last poster does not', async () => {
  const REPLY = 'I had the same trouble with the shed lock last winter, and the committee replaced it within the week after we asked.';
  const opener = async (lines: string[]): Promise<string[] | undefined> => {
    const dump = ['Forums', 'Allotments', 'Which plot gets the most sun in winter?', ...lines, ...PARAS, REPLY].join('\n');
    return (await clean(dump, { kind: 'text', url: 'https://riverside-allotments.example/forum/threads/which-plot-gets-the-most-sun-in-winter.1234/' })).stories[0]?.authors;
  };
  assert.deepEqual(await opener(['Thread starter kayak_fan77', 'Start date Mar 4, 2025']), ['kayak_fan77']);
  assert.deepEqual(await opener(['14 replies · last post by tamsin_k', 'plotholder9 Discussion starter']), ['plotholder9']);
  assert.deepEqual(await opener(['greenfinger (Tamsin) March 4, 2025, 7:33pm 1']), ['greenfinger']);
  // "last post by" names the last poster; a stamp of post 12 is a reply's.
  assert.equal(await opener(['14 replies · last post by tamsin_k']), undefined);
  assert.equal(await opener(['greenfinger March 4, 2025, 7:33pm 12']), undefined);
});

/**
 * A byline word on the story's own container (a blog's `<article class="hentry author-jane-doe">`,
 * `<body class="hide-entry-author">`) is for a stylesheet: the short lines inside it — subheadings,
 * list items — are the story, not bylines. A byline element of its own still marks its line.
 */
async function htmlBody(bodyClass: string, inner: string): Promise<{ body: string; removed: string[] }> {
  const html = `<!doctype html><html lang="en"><head><title>Riverside plots</title></head><body class="${bodyClass}"><main><h1>Riverside plots</h1>${inner}</main></body></html>`;
  const r = await clean(html, { fallback: false, url: 'https://riverside-allotments.example/plots' });
  return { body: r.stories[0]?.body ?? '', removed: r.removed.filter((x) => x.rule === 'meta/byline').map((x) => x.text) };
}

const SECTIONS = '<h2>What a plot costs</h2>' + `<p>${PARAS[2]}</p>` +
  '<p>A half plot costs less and suits a first year, when most newcomers find that weeding takes longer than they planned for.</p>' +
  '<h2>What to bring</h2><ul><li>Your own gloves</li><li>A flask of tea</li></ul>' + `<p>${PARAS[1]}</p>` +
  '<p>The society lends out a wheelbarrow and a hose on work days, and the shed holds spare canes and netting for anyone who asks.</p>' +
  '<p>Compost bays stand by the gate; green waste goes in the left bay and woody prunings in the right one, away from the path.</p>' +
  '<p>Bonfires are not allowed at any time of year, and the committee collects the larger branches for chipping each autumn.</p>' +
  '<p>Children are welcome on the plots with an adult, and the pond by the orchard has a fence and a gate that stays latched.</p>';

test('a byline word on the container of a story with sections marks none of its lines', async () => {
  // (the story: two sections and over 800 characters, as no author box is)
  const { body, removed } = await htmlBody('page layout-wide', `<article class="entry hentry author-tamsin-kerr"><p>${PARAS[0]}</p>${SECTIONS}</article>`);
  assert.deepEqual(removed, []);
  assert.match(body, /What a plot costs/);
  assert.match(body, /Your own gloves/);
});

test('a byline element inside the story still marks its line', async () => {
  const { body, removed } = await htmlBody('page', `<article class="entry"><div class="entry-author">Tamsin Kerr</div><p>${PARAS[0]}</p>${SECTIONS}</article>`);
  assert.deepEqual(removed, ['Tamsin Kerr']);
  assert.match(body, /Your own gloves/);
});

test('a short author panel with headings of its own still marks its lines as bylines', async () => {
  const panel = '<div class="author-panel"><h3>Written by</h3><h4>Tamsin Kerr</h4><p>Plot 14, since 2019</p></div>';
  const { body, removed } = await htmlBody('page', `<article class="entry">${panel}<p>${PARAS[0]}</p>${SECTIONS}</article>`);
  assert.ok(removed.includes('Tamsin Kerr'));
  assert.doesNotMatch(body, /Tamsin Kerr/);
  assert.match(body, /Your own gloves/);
});

/** Comments under a dump's story, each with a poster and a full timestamp. */
const STAMPED_COMMENTS = [
  'Leave a comment',
  'Ravi Lund', 'June 9, 2025 at 8:15 pm', 'The bean rows on plot four did well even in the dry weeks.',
  'Oskar Bell', 'June 11, 2025 at 7:02 am', 'Is the shed open on Sundays now that the lock is new?',
];

/** The rest of a longer story: its comments start well below the headline. */
const MORE_PARAS = [
  'The committee thanks everyone who came to the work day in April, when the paths were edged and the pond was cleared.',
  'Water butts will be checked before the summer, and any plot holder who finds a leak is asked to tell the secretary.',
  'The seed swap moves to the hall this year, because the shed is too small for the tables and the queue in the rain.',
  'New members are paired with a neighbour for their first season, who shows them where the tools and the compost are.',
  'Bonfires stay banned on all plots; green waste goes to the bays by the gate, which the council empties each month.',
  'The open day raised enough for a new bench by the river, and the children who helped paint it chose its colour.',
  'Keys for the new lock are handed out at the next meeting, one per plot, against a small deposit that is returned.',
];

async function dumpWithComments(header: string[]): Promise<string | undefined> {
  const lines = ['Home', 'Sheds', 'About', 'Riverside plots', ...header, ...PARAS, ...MORE_PARAS, ...STAMPED_COMMENTS];
  const r = await clean(lines.join('\n'), { kind: 'text' });
  return r.stories[0]?.published?.slice(0, 10);
}

test('dump: the date under the headline is the story\'s, not a comment\'s timestamp further down', async () => {
  assert.equal(await dumpWithComments(['March 4, 2025']), '2025-03-04');
  // A header line saying more than a date (a byline, a category) still dates the story.
  assert.equal(await dumpWithComments(['By: tamsink | March 4, 2025 | Categories: Allotments']), '2025-03-04');
});

test('dump: a change label alone on the line above a date makes it the modified date', async () => {
  const r = await dumpStory(['Tamsin Kerr', 'March 2, 2025', 'Riverside plots', 'Last update:', 'March 4, 2025']);
  assert.equal(r.published, '2025-03-02');
  assert.equal(r.modified, '2025-03-04');
});

test('dump: a thread\'s "Last post" date is its latest activity, not when it was opened', async () => {
  const r = await dumpStory(['120 views 4 replies', 'Last post: 12/01/2025 at 6:49 pm', 'jdoe', '11/28/2025 at 7:07 pm', ...PARAS]);
  assert.equal(r.published?.slice(0, 10), '2025-11-28');
});

test('dump: a dotted date alone under the headline dates the story', async () => {
  assert.equal((await dumpStory(['14.03.2022'])).published, '2022-03-14');
});

test('dump: an ambiguous numeric stamp follows the order the page\'s other numeric dates show', async () => {
  const tail = ['Next meeting', 'The committee meets again on 11/23/2025 in the pavilion.'];
  assert.equal((await dumpStory(['04/09/2025', ...PARAS, ...tail])).published, '2025-04-09');
  // Nothing on the page settles the order: the usual day-first reading stays.
  assert.equal((await dumpStory(['04/09/2025'])).published, '2025-09-04');
});

test("dump: a post's stamp with its age glued on dates the story and keeps its place in the body", async () => {
  const run = async (stamp: string): Promise<{ published?: string; body: string }> => {
    // A thread: each post under its own stamp line.
    const stamp2 = stamp.replace(/^\w+ \d+/, 'May 20');
    const r = await clean(['Riverside plots', stamp, PARAS[0], stamp2, PARAS[1], PARAS[2]].join('\n\n'), { kind: 'text' });
    return { published: r.stories[0]?.published, body: r.stories[0]?.body ?? '' };
  };
  const aged = await run('March 9, 20241 yr');
  assert.equal(aged.published?.slice(0, 10), '2024-03-09');
  assert.match(aged.body, /May 20, 20241 yr/);
  assert.equal((await run('Apr 3, 20255 mins')).published?.slice(0, 10), '2025-04-03');
  // A longer number glued to the year, without a unit, is no year; a plain stamp still leaves the body.
  assert.equal((await run('March 9, 20241')).published, undefined);
  const plain = await run('March 9, 2024');
  assert.equal(plain.published?.slice(0, 10), '2024-03-09');
  assert.doesNotMatch(plain.body, /May 20, 2024/);
});
