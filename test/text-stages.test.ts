import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/** A paragraph of plain English prose with `n` sentences about `topic`. */
function prose(topic: string, n = 3): string {
  const s = `The committee looked closely at the ${topic} and said the findings would be published in full next month.`;
  return Array.from({ length: n }, () => s).join(' ');
}

async function run(lines: string[], options = {}) {
  const result = await clean(lines.join('\n'), { kind: 'text', ...options });
  return { result, main: result.stories[0], rules: new Set(result.removed.map((r) => r.rule)), removed: result.removed };
}

test('story/terminator: a "Related" heading after the body ends it; a related heading early with most prose below does not', async () => {
  const late = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), 'Related', 'Five other harbours to visit', 'Why ferries are late']);
  assert.ok(late.rules.has('story/after-body'));
  assert.ok(!late.main?.body.includes('Five other harbours'));
  const early = await run(['Harbour plan approved', prose('harbour plan', 1), 'Related', 'Five other harbours to visit', prose('ferry timetable', 6), prose('budget', 6)]);
  assert.ok(early.main?.body.includes('budget'), 'the body after an early related list is kept');
});

test('story/terminator: a label inside a second copy of a menu the dump printed above does not end the body', async () => {
  const menu = ['Visit us', 'Our harbours', 'Top Stories', 'Press office', 'Ferry times'];
  const lines = ['Harbour plan approved', ...menu, prose('harbour plan', 4), prose('ferry timetable', 2), ...menu, prose('mooring fees', 3), 'Home', 'Contact'];
  const twice = await run(lines);
  assert.ok(twice.main?.body.includes('mooring fees'), twice.main?.body);
  // The same label between lines printed once is the heading of the story's end.
  const once = await run(['Harbour plan approved', ...menu, prose('harbour plan', 4), prose('ferry timetable', 2), 'Top Stories', 'Five other harbours to visit', 'Why ferries are late', prose('mooring fees', 1)]);
  assert.ok(!once.main?.body.includes('Five other harbours'), once.main?.body);
});

test('story/inline-teaser: "Read more: <headline>" between paragraphs is dropped and the story goes on; a bare "Read more" heading still ends it', async () => {
  const head = ['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4)];
  const inline = await run([...head, 'Read more: Five ways to keep a ferry on time', prose('mooring fees', 2)]);
  assert.ok(inline.main?.body.includes('mooring fees'), inline.main?.body);
  assert.ok(!inline.main?.body.includes('Five ways'), inline.main?.body);
  assert.ok(inline.removed.some((r) => r.rule === 'story/inline-teaser' && r.text.startsWith('Read more:')));
  const heading = await run([...head, 'Read more', 'Five ways to keep a ferry on time', 'Why ferries run late in winter', 'Ports we love']);
  assert.ok(!heading.main?.body.includes('Five ways'), heading.main?.body);
  // With no prose of the story right below it, an inline teaser ends the body as any related label does.
  const last = await run([...head, 'Read more: Five ways to keep a ferry on time', 'Home', 'Weather', 'Puzzles', 'Contact', prose('mooring fees', 2)]);
  assert.ok(!last.main?.body.includes('mooring fees'), last.main?.body);
  // Post navigation with the other post's title, glued or not, is a link to another story too.
  const nav = await run([...head, 'Previous articleWhy the old lighthouse is closing', prose('mooring fees', 2), '← Ten years of the ferry club', prose('budget', 2)]);
  assert.ok(nav.main?.body.includes('mooring fees'), nav.main?.body);
  assert.ok(!nav.main?.body.includes('lighthouse') && !nav.main?.body.includes('ferry club'), nav.main?.body);
});

test('story/inline-teaser: a Spanish, Polish or German read-also opener with its own colon and a headline between paragraphs goes; the same words opening a sentence of the story stay', async () => {
  const head = ['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4)];
  for (const teaser of ['Lea: Cinco puertos que conviene visitar este verano', 'MIRA: El faro viejo vuelve a brillar de noche', 'Dowiedz się więcej: Nowy prom wypływa w poniedziałek', 'Lesen Sie hier: Warum die Fähre im Winter später fährt']) {
    const r = await run([...head, teaser, prose('mooring fees', 2)]);
    assert.ok(r.main?.body.includes('mooring fees'), `${teaser}: ${r.main?.body}`);
    assert.ok(!r.main?.body.includes(teaser), `${teaser}: ${r.main?.body}`);
    assert.ok(r.removed.some((x) => x.rule === 'story/inline-teaser' && x.text === teaser), teaser);
  }
  const sentence = 'Vea también el informe completo del puerto, que la autoridad portuaria publicó ayer por la tarde.';
  const kept = await run([...head, sentence, prose('mooring fees', 2)]);
  // (In this English story the quality pass may still judge the Spanish line; it is no teaser.)
  assert.ok(!kept.removed.some((x) => x.rule === 'story/inline-teaser'), 'an opener with no colon before a sentence is no teaser');
  const place = await run([...head, 'Miramar harbour keeps its old crane', prose('mooring fees', 2)]);
  assert.ok(!place.removed.some((x) => x.rule === 'story/inline-teaser'), 'a name that starts with the letters of "mira" is no opener');
});

test('story/terminator: a prompt of the comment form that asks the reader to log in, and a blog post\'s filing line, end the body; the same words in a sentence of the story do not', async () => {
  const head = ['Notes on rye bread', prose('rye dough', 4), prose('sourdough starter', 4)];
  for (const prompt of [
    'Wenn Sie diesen Beitrag kommentieren möchten, füllen Sie bitte die Felder unten aus.',
    'Um das Rezept kommentieren zu können, müssen Sie eingeloggt sein.',
    'Para comentar debes registrarte y completar tus datos.',
    'This entry was posted in Baking and tagged bread, rye. Bookmark the permalink.',
    'Dieser Beitrag wurde unter Backen abgelegt und mit Brot verschlagwortet.',
    'Leave a comment!',
  ]) {
    const r = await run([...head, prompt, 'Name', 'E-Mail', prose('comment policy', 1)]);
    assert.ok(!r.main?.body.includes('comment policy'), `${prompt}: ${r.main?.body}`);
    assert.ok(r.main?.body.includes('sourdough starter'), `${prompt}: ${r.main?.body}`);
  }
  // A story's own sentence on commenting or on where an article appeared is no form and no filing line.
  for (const sentence of ['Readers who want to comment on the recipe can write to the bakery, which answers every letter.', 'Der Artikel wurde im Frühjahr in einer Fachzeitschrift für Bäcker veröffentlicht und viel gelesen.']) {
    const r = await run([...head, sentence, prose('rye flour prices', 1)]);
    assert.ok(r.main?.body.includes('rye flour prices'), `${sentence}: ${r.main?.body}`);
  }
});

test('story/terminator: comments end the body at the first comment, keeping the article', async () => {
  const { main } = await run(['Notes on rye bread', prose('rye dough', 4), prose('sourdough starter', 4), 'Anna says:', 'Thanks, this helped me a lot with my first loaf of bread.', 'Reply']);
  assert.ok(main?.body.includes('sourdough starter'));
  assert.ok(!main?.body.includes('Thanks, this helped'));
});

test('story/terminator: a comments heading with the post\'s title right above the first comment goes with the thread', async () => {
  const head = ['Notes on rye bread', prose('rye dough', 4), prose('sourdough starter', 4)];
  for (const heading of ['3 responses to “Notes on rye bread: what the dough taught me about patience and heat”', '11 Antworten zu “Notizen zum Roggenbrot: was mich der Teig über Geduld gelehrt hat”']) {
    const comment = (name: string) => [`${name} says:`, `Thanks, this helped me a lot with my first loaf. ${prose('crust', 2)}`, 'Reply'];
    const { main } = await run([...head, heading, ...comment('Anna'), ...comment('Ben'), ...comment('Cleo')]);
    assert.ok(main?.body.includes('sourdough starter'), main?.body);
    assert.ok(!main?.body.includes(heading), main?.body);
  }
});

test('story/comment-thread: a comments heading with posts headed by name and time ends the body however long the thread; a section named "Discussion" does not', async () => {
  const article = ['Notes on rye bread', prose('rye dough', 4), prose('sourdough starter', 4)];
  // No reply buttons: story/terminator's reading of them does not come into it.
  const post = (name: string, when: string, topic: string) => [name, when, prose(topic, 4)];
  const thread = [
    '14 Comments',
    ...post('Marta K', 'March 3, 2024 at 9:15 am', 'oven temperature'),
    ...post('Olli', 'March 3, 2024 at 11:02 am', 'proofing basket'),
    ...post('Dee', '2 years ago', 'flour blend'),
    ...post('Sam P', 'March 4, 2024 at 8:40 pm', 'baking stone'),
  ];
  const cut = await run([...article, ...thread]);
  assert.ok(cut.main?.body.includes('sourdough starter'), cut.main?.body);
  assert.ok(!cut.main?.body.includes('proofing basket'), cut.main?.body);
  assert.ok(cut.removed.some((r) => r.rule === 'story/comment-thread'));
  // A thread many times the article's length is set apart, not lost: no thin-body warning.
  const long = await run([...article, '40 Comments', ...Array.from({ length: 12 }, (_, k) => post(`Reader ${k}`, `March ${k + 1}, 2024 at 9:15 am`, `loaf number ${k}`)).flat()]);
  assert.ok(!long.main?.body.includes('loaf number'), long.main?.body);
  assert.deepEqual(long.result.warnings, []);
  const off = await run([...article, ...thread], { disable: ['story/comment-thread'] });
  assert.ok(off.main?.body.includes('proofing basket'), 'without the rule the heavier thread stays');
  // "Posted by: Name at <time>" under each post (the post above its header) is the same shape.
  const postedBy = await run([...article, 'Comments', prose('oven temperature', 3), 'Posted by: Marta at March 3, 2024 09:15 AM', prose('proofing basket', 3), 'Posted by: Olli at March 3, 2024 11:02 AM', prose('flour blend', 3), 'Posted by: Dee at March 4, 2024 08:40 PM']);
  assert.ok(!postedBy.main?.body.includes('proofing basket'), postedBy.main?.body);
  // A paper's discussion section: the heading without post headers below stays in the body.
  const paper = await run([...article, 'Discussion', prose('crumb structure', 3), prose('crust colour', 3), 'Limitations', prose('sample size', 2)]);
  assert.ok(paper.main?.body.includes('sample size'), paper.main?.body);
});

test('story/author-box: a bio among the last blocks ends the body; an ordinary sentence naming a person does not', async () => {
  const bio = await run(['Bridge reopens', prose('bridge repairs', 4), prose('traffic plan', 4), 'Jane Doe is a freelance journalist who covers transport and cities for several newspapers.']);
  assert.ok(!bio.main?.body.includes('freelance journalist'));
  assert.ok(bio.rules.has('story/after-body'));
  const plain = await run(['Bridge reopens', prose('bridge repairs', 4), 'Jane Doe is expected to open the bridge on Monday, the council said in a statement.']);
  assert.ok(plain.main?.body.includes('Jane Doe is expected'));
  // A handle after the name and "the" before the job: still the author's bio.
  const handle = await run(['Bridge reopens', prose('bridge repairs', 4), prose('traffic plan', 4), 'Jane Doe (@janedoe) is the transport editor of this paper and lives near the old bridge.']);
  assert.ok(!handle.main?.body.includes('transport editor'), handle.main?.body);
  // Bio verbs and roles past the journalist's: a professor, a head of a desk, one who teaches or leads.
  const prof = await run(['Bridge reopens', prose('bridge repairs', 4), prose('traffic plan', 4), 'Tom Ash is a professor of civil engineering at a northern university and writes about bridges.']);
  assert.ok(!prof.main?.body.includes('civil engineering'), prof.main?.body);
  const leads = await run(['Brücke wieder offen', prose('bridge repairs', 4), prose('traffic plan', 4), 'Eva Berg leitet das Ressort Verkehr und schreibt seit zehn Jahren über Städte.']);
  assert.ok(!leads.main?.body.includes('Ressort Verkehr'), leads.main?.body);
  // A role written with a capital, as German writes every noun and English a title ("ist Redakteurin", "is Senior Editor").
  const title = await run(['Bridge reopens', prose('bridge repairs', 4), prose('traffic plan', 4), 'Jane Doe is Senior Editor of this paper and has crossed the old bridge every day since 2015.']);
  assert.ok(title.removed.some((r) => r.rule === 'story/after-body' && r.text.startsWith('Jane Doe is Senior Editor')), title.main?.body);
  const mayor = await run(['Bridge reopens', prose('bridge repairs', 4), prose('traffic plan', 4), 'Jane Doe is Mayor of the town and will open the bridge on Monday, the council said.']);
  assert.ok(mayor.main?.body.includes('Jane Doe is Mayor'), 'a role that is no writer\'s is no bio');
});

test('story/author-box: a bio with three words before the job, a director\'s, a long one, or one the sign-up box under it hid ends the body', async () => {
  const story = ['Ferry timetable changes', prose('ferry timetable', 4), prose('winter crossings', 4), prose('mooring fees', 4)];
  const three = await run([...story, 'Jane Doe is a veteran city transport reporter who has covered the bridges, buses and ferries of the county for this paper.']);
  assert.ok(!three.main?.body.includes('veteran city'), three.main?.body);
  const director = await run([...story, 'Jane Doe is the transport and planning director at a county think tank. She has written about ferries for fifteen years.']);
  assert.ok(!director.main?.body.includes('think tank'), director.main?.body);
  const career = 'She has covered transport, housing and the life of small harbour towns for many regional papers over the past ten years, and her work has won two awards. ';
  const long = await run([...story, `Jane Doe is a freelance writer living near the old quay. ${career.repeat(3)}`]);
  assert.ok(!long.main?.body.includes('living near the old quay'), long.main?.body);
  // Below the bio, a sign-up box of three good blocks: the box is cut first, then the bio is among the last blocks.
  const box = ['Keep up with the harbour', 'Fresh mooring news lands in your inbox each Friday morning, written by our own harbour desk.', 'Sign up to get our emails about ferries, tides and the boats that come and go from the quay.', 'You can unsubscribe at any time with one click from the bottom of every message we send you.'];
  const hidden = await run([...story, 'Jane Doe is a freelance journalist who covers transport and cities for several newspapers.', ...box]);
  assert.ok(!hidden.main?.body.includes('Jane Doe'), hidden.main?.body);
  assert.ok(hidden.removed.some((r) => r.rule === 'story/author-box' && r.text.startsWith('Jane Doe')), JSON.stringify(hidden.removed));
  assert.ok(hidden.main?.body.includes('mooring fees'), hidden.main?.body);
  // Still no bio: a role that is no writer's, with three words before it.
  const mayor = await run([...story, 'Jane Doe is the newly elected county Mayor and will open the new quay on Monday, the council said.']);
  assert.ok(mayor.main?.body.includes('newly elected'), mayor.main?.body);
});

test('story/author-box: a name line over a paragraph that opens on that name and who they are ends the body; a round-up of people does not', async () => {
  const story = ['Bridge reopens', prose('bridge repairs', 4), prose('traffic plan', 4)];
  const bioText = 'Mira is a civil engineer turned blogger who has walked across every footbridge in the county since she moved here.';
  const named = await run([...story, 'Mira Castellan', bioText]);
  assert.ok(!named.main?.body.includes('civil engineer'), named.main?.body);
  assert.ok(named.removed.some((r) => r.rule === 'story/after-body' && r.text === 'Mira Castellan'), JSON.stringify(named.removed));
  // A role line between the name and the bio; the whole name opening the bio; an "About" heading.
  const role = await run([...story, 'About Tobin Rell', 'Head Ferryman', 'Tobin Rell, our harbour columnist, has written about the bridges and ferries of this town for eleven years.']);
  assert.ok(!role.main?.body.includes('harbour columnist'), role.main?.body);
  assert.ok(!role.main?.body.includes('About Tobin Rell'), role.main?.body);
  // A blogger's greeting names her after "I'm".
  const hello = await run([...story, 'Mira Castellan', "Hi there! I'm Mira, and I started this little blog about bridges and ferries back when nobody read blogs."]);
  assert.ok(!hello.main?.body.includes('started this little blog'), hello.main?.body);
  // A heading the paragraph opens on in sentence case, and a product's name in capitals, name no one.
  const heading = await run([...story, 'Bridge Tolls', 'Bridge tolls are charged on weekdays only, and the council said they would fall again next spring.']);
  assert.ok(heading.main?.body.includes('Bridge tolls are charged'), heading.main?.body);
  const product = await run([...story, 'Spanner EMS', 'Spanner EMS is a maintenance system that the council bought to plan the repairs of every bridge in the county.']);
  assert.ok(product.main?.body.includes('maintenance system'), product.main?.body);
  // A round-up pairs each person's name with a paragraph all along: its last entries are no author's box.
  const people = ['Bea Lorne', 'Bea is a painter who has kept the railings of the old bridge green for as long as anyone in town remembers.', 'Ada Brook', 'Ada is a welder who has repaired the old bridge twice and trained most of the young welders in town.', 'Cai Dunmore', 'Cai is a surveyor who has measured every span of the bridge since the first repairs began in the nineties.'];
  const roundup = await run([...story, ...people, 'Mira Castellan', bioText]);
  assert.ok(roundup.main?.body.includes('civil engineer'), roundup.main?.body);
});

test('story/related-box: a related label the story goes on after drops itself and its few teasers; a long list under it stays', async () => {
  const head = ['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4)];
  const box = await run([...head, 'Related Coverage', 'Five ways to keep a ferry on time', prose('mooring fees', 4), prose('budget', 4)]);
  assert.ok(box.main?.body.includes('mooring fees'), box.main?.body);
  assert.ok(!box.main?.body.includes('Five ways'), box.main?.body);
  assert.ok(box.removed.some((r) => r.rule === 'story/related-box' && r.text === 'Related Coverage'));
  // Under a label, more lines than a box holds before the next paragraph are a list the page is made of.
  const items = ['Ferries on time', 'Quay walls rebuilt', 'New harbour lights', 'A pilot boat for the port', 'Cranes for the east dock'];
  const list = await run([...head, 'Related Coverage', ...items.map((t) => `${t}: what the harbour board decided and why it matters to the town.`), prose('mooring fees', 4), prose('budget', 4)]);
  assert.ok(!list.removed.some((r) => r.rule === 'story/related-box'), JSON.stringify(list.removed.filter((r) => r.rule === 'story/related-box')));
});

test('story/related-read: the story resumes under a related label and its short list when the paragraph below shares its words; another subject there stays cut', async () => {
  const head = ['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), prose('harbour dredging', 4)];
  const teasers = ['Five ways to keep a ferry on time', 'Quay walls rebuilt after the storm', 'New lights for the harbour mouth', 'A pilot boat for the port'];
  const resumed = 'The harbour plan also sets a new ferry timetable, and the committee said the dredging findings would shape the budget for the harbour next year.';
  const keep = await run([...head, 'Related stories', ...teasers, resumed, 'Share', 'Imprint']);
  assert.ok(keep.main?.body.includes('dredging findings would shape'), keep.main?.body);
  assert.ok(!keep.main?.body.includes('Quay walls rebuilt'), keep.main?.body);
  // The label and its teasers go inside the body, not as the body's end.
  assert.ok(keep.removed.some((r) => r.text === 'Related stories' && r.rule !== 'story/after-body'), JSON.stringify(keep.removed));
  const off = await run([...head, 'Related stories', ...teasers, resumed, 'Share', 'Imprint'], { disable: ['story/related-read'] });
  assert.ok(!off.main?.body.includes('dredging findings would shape'), off.main?.body);
  // Prose on another subject under the list: the label is the story's end.
  const other = 'Our bakery on the corner sells sourdough loaves every Saturday morning, and children get a free pretzel with each visit to the shop, which opens early and closes when the last loaf of rye bread is sold.';
  const drop = await run([...head, 'Related stories', ...teasers, other, 'Share', 'Imprint']);
  assert.ok(!drop.main?.body.includes('sourdough'), drop.main?.body);
  assert.ok(drop.removed.some((r) => r.rule === 'story/after-body' && r.text === 'Related stories'));
  // Cards with their dates under the label are a tail's, even when the excerpt below shares the story's words.
  const cards = await run([...head, 'Related stories', 'March 3, 2021', 'Five ways to keep a ferry on time', 'April 9, 2021', 'Quay walls rebuilt after the storm', resumed, 'Share', 'Imprint']);
  assert.ok(!cards.main?.body.includes('dredging findings would shape'), cards.main?.body);
});

test('story/related-run: dated teaser cards of other stories under a long story end its body; a body of dated sections from its start keeps them', async () => {
  const story = ['Harbour plan approved', 'May 4, 2024', prose('harbour plan', 4), prose('ferry timetable', 4), prose('harbour dredging', 4)];
  const card = (headline: string, date: string, teaser: string) => [headline, date, teaser, 'Read more'];
  const cards = [
    ...card('Orchard growers count a record apple crop', 'April 28, 2024', 'Growers in the hill villages picked more apples this autumn than in any year since the cooperative began keeping its ledgers.'),
    ...card('Library opens a reading room for night owls', 'April 21, 2024', 'The town library will keep one room lit until midnight on weekdays, with volunteers at the desk and tea in the corner.'),
    ...card('Choir seeks tenors for the winter concert', 'April 14, 2024', 'The community choir has twenty sopranos and only three tenors, and its director is asking anyone who can hold a tune to come.'),
  ];
  const cut = await run([...story, ...cards, 'Imprint']);
  assert.ok(cut.main?.body.includes('harbour dredging'), cut.main?.body);
  assert.ok(!cut.main?.body.includes('apples this autumn'), cut.main?.body);
  assert.ok(cut.removed.some((r) => r.rule === 'story/related-run' && r.text.startsWith('Library opens')), JSON.stringify(cut.removed));
  const off = await run([...story, ...cards, 'Imprint'], { disable: ['story/related-run'] });
  assert.ok(off.main?.body.includes('apples this autumn'), off.main?.body);
  // A page of press releases: the same dated cards from the body's start are its content.
  const releases = await run(['Press releases', ...cards, ...card('Ferry fares stay the same next year', 'April 7, 2024', 'The ferry board agreed on Monday to hold every fare at this year’s price, the third year running without a rise for passengers.'), 'Imprint']);
  assert.ok(releases.main?.body.includes('until midnight'), releases.main?.body);
  assert.ok(releases.main?.body.includes('without a rise'), releases.main?.body);
  assert.ok(!releases.rules.has('story/related-run'));
  // A thread's posts: a reply button a few lines under each dated post makes them replies, not teasers.
  const post = (title: string, date: string, text: string) => [title, date, text, 'Share', 'Edit', 'Reply Quote Like', 'Follow', 'Bookmark'];
  const reply = (n: string) => `I read the committee findings on the harbour plan and the ferry timetable, and the dredging looks right to me, ${n}.`;
  const thread = await run([...story, ...post('Re: harbour plan approved', 'April 28, 2024', reply('Anna')), ...post('Re: harbour plan approved', 'April 29, 2024', reply('Ben')), ...post('Re: harbour plan approved', 'April 30, 2024', reply('Cleo')), 'Imprint']);
  assert.ok(!thread.rules.has('story/related-run'), JSON.stringify(thread.removed.filter((r) => r.rule === 'story/related-run')));
});

test('text baseline: a page whose only prose is a truncated teaser still yields it as the body', async () => {
  const teaser = 'The regional council met on Tuesday to discuss the future of the old railway line and what it could mean for the valley ...';
  const { main } = await run(['Home', 'News', 'Sport', 'Railway line future', teaser, 'Subscribe now', 'Imprint']);
  assert.equal(main?.body, teaser);
});

test('title: a header line repeated elsewhere on the page wins over a nearer label', async () => {
  const { main } = await run(['Menu', 'Harbour plan approved after long debate', 'Subscribers only', prose('harbour plan', 4), prose('budget', 3), 'You are here:', 'Home', 'Harbour plan approved after long debate']);
  assert.equal(main?.title, 'Harbour plan approved after long debate');
});

test('segment/appended-story: a long single article with subheads and a caption is not split', async () => {
  const lines = ['Valley town and its river', 'By Jane Doe'];
  for (const topic of ['flood walls', 'meadow park', 'dry summers', 'river festival']) {
    lines.push(`${topic[0]?.toUpperCase()}${topic.slice(1)} in the valley`, prose(topic, 3), 'The river after the flood. Photo: Town archive');
  }
  const { result } = await run(lines);
  assert.equal(result.stories.length, 1);
});

test('story/terminator: in a thread whose replies outweigh the first post, the reply buttons do not end the body', async () => {
  const post = (who: string, topic: string): string[] => [who, 'Oct 8, 2024', prose(topic, 2), 'Reply'];
  const lines = ['Forum', 'Which bread flour for rye?', ...post('anna', 'rye flour'), ...post('ben', 'spelt flour'), ...post('carl', 'oven heat'), ...post('dora', 'baking stone')];
  const { main } = await run(lines);
  assert.ok(main?.body.includes('rye flour'));
  assert.ok(main?.body.includes('baking stone'), 'the last reply is part of the thread');
});

test('text: a main story keeping a small share of the dump warns; a full article does not', async () => {
  const menu = Array.from({ length: 60 }, (_, i) => `Shop item number ${i} in blue and red colours`);
  // The same menu printed above and below: repeated lines are furniture even in a short-line body.
  const thin = await run(['Catalogue', ...menu, prose('catalogue', 1), ...menu]);
  assert.ok(thin.result.warnings.some((w) => /keeps \d+ of the dump's \d+ words/.test(w)), thin.result.warnings.join('; '));
  const full = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4)]);
  assert.ok(!full.result.warnings.some((w) => /of the dump's/.test(w)));
});

test('story/short-lines: a dump of short lines (a catalogue) keeps its items, less repeated and menu lines', async () => {
  const items = Array.from({ length: 40 }, (_, i) => [`Garden chair model ${i} in oak, ${20 + i} euros`, 'Add to basket']).flat();
  const { result } = await run(['Home', 'About', 'Contact', 'Garden furniture', ...items, prose('garden furniture', 1), 'Home', 'About', 'Contact', '© 2025 Chair Shop']);
  const body = result.stories[0]?.body ?? '';
  assert.ok(body.includes('Garden chair model 7 in oak, 27 euros'), body);
  assert.ok(!/\bHome\b|Contact|©|basket/.test(body), body);
  assert.ok(result.removed.some((r) => r.rule === 'story/short-lines'));
  const prose4 = await run(['Harbour plan approved', prose('harbour plan', 4), 'Home', 'Contact']);
  assert.ok(!prose4.result.removed.some((r) => r.rule === 'story/short-lines'));
});

test('story/short-lines: a card printing its name twice above its price is one item; a menu heading printed twice without a price stays furniture', async () => {
  // Each card: its picture's label and its heading (the same name), a subtitle, a price.
  const cards = Array.from({ length: 30 }, (_, i) => [`Trail Runner ${i}`, `Trail Runner ${i}`, 'Waterproof walking boot', `€${60 + i}`]).flat();
  const menu = ['Tents', 'Tents', 'Dome tents', 'Tunnel tents'];
  const { result } = await run(['Home', 'Contact', ...menu, 'Walking boots', ...cards, prose('walking boots', 1), 'Home', 'Contact']);
  const body = result.stories[0]?.body ?? '';
  assert.ok(body.includes('Trail Runner 7'), body);
  assert.ok(!/^Tents$/m.test(body), body);
});

test('story/short-lines: a card printed twice close together keeps its first copy; a line printed twice far apart stays furniture', async () => {
  // Each card printed in two layouts: its title and date line, then the same two lines again.
  const card = (i: number): string[] => {
    const lines = [`Evening talk on tide tables number ${i}`, `Thursday ${i} June at 7:00 PM`, 'Free'];
    return [...lines, `${100 + i} followers`, ...lines, 'Save this event'];
  };
  const cards = Array.from({ length: 25 }, (_, i) => card(i)).flat();
  const banner = 'Join the harbour club for member prices';
  const { result } = await run(['Home', 'Contact', banner, 'Talks this month', ...cards, prose('harbour talks', 1), banner, 'Home', 'Contact']);
  const body = result.stories[0]?.body ?? '';
  assert.equal(body.split('Evening talk on tide tables number 7').length - 1, 1, body);
  assert.equal(body.split('Thursday 7 June at 7:00 PM').length - 1, 1, body);
  assert.ok(!body.includes(banner), body);
  assert.ok(result.removed.some((r) => r.rule === 'story/short-lines' && /card printed twice/.test(r.reason)));
});

test('story/short-lines: a value some of a grid\'s cards print (a format) is theirs; a line every card prints and a menu printed in the header and the footer are not', async () => {
  // Each card: a title of its own, its format (one of three, each on a third of the cards), a button every card prints.
  const formats = ['Hardcover edition', 'Paperback edition', 'Large print edition'];
  const cards = Array.from({ length: 24 }, (_, i) => [`Tide tables of the north harbour volume ${i}`, formats[i % 3] as string, 'Reserve a copy']).flat();
  const menu = ['Gift vouchers', 'Opening hours', 'Reading club'];
  const lines = [...menu, 'Harbour books', ...cards, 'Tide tables of the south harbour', 'Reserve a copy', ...menu, 'Harbour books', ...menu];
  const { main, removed } = await run(lines);
  const body = main?.body ?? '';
  assert.ok(body.includes('Tide tables of the north harbour volume 7'), body);
  for (const format of formats) assert.ok(body.includes(format), body);
  assert.ok(!body.includes('Reserve a copy'), body);
  assert.ok(!body.includes('Opening hours'), body);
  assert.ok(removed.some((r) => r.text === 'Reserve a copy' && r.rule === 'story/short-lines'));
});

test('text: a main story that is a short-line body says its bounds are a guess; a prose body does not', async () => {
  // A shop's grid with one blurb: no paragraph holds its share, so the body is the grid's lines.
  const cards = Array.from({ length: 30 }, (_, i) => [`Rain jacket number ${i} with hood`, `${40 + i} euros`]).flat();
  const grid = await run(['Home', 'Contact', 'Rain jackets', ...cards, prose('rain jackets', 1), 'Home', 'Contact']);
  assert.ok(grid.main?.body.includes('Rain jacket number 7 with hood'), grid.main?.body);
  assert.ok(grid.result.warnings.some((w) => /no prose body/.test(w)), grid.result.warnings.join('; '));
  // With the short-line body switched off the prose body stands and nothing is said of short lines.
  const off = await run(['Home', 'Contact', 'Rain jackets', ...cards, prose('rain jackets', 1), 'Home', 'Contact'], { disable: ['story/short-lines'] });
  assert.ok(!off.result.warnings.some((w) => /no prose body/.test(w)), off.result.warnings.join('; '));
  const story = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), 'Home', 'Contact']);
  assert.ok(!story.result.warnings.some((w) => /no prose body/.test(w)), story.result.warnings.join('; '));
});

test('story/short-lines: a headline inside a short-line body opens it; the header above it goes unless it holds much of the body', async () => {
  const cards = (from: number, n: number) => Array.from({ length: n }, (_, i) => [`Storm coat model ${from + i} with hood`, `${40 + from + i} euros`]).flat();
  const header = ['Winter sale on boots this week', 'Gift vouchers', 'Opening hours', 'Reading club'];
  const intro = 'A rain jacket keeps you dry on the long walks along the harbour wall. Each of our jackets is sewn from a light fabric that lets the air through. The hood folds into the collar when the sun comes out again.';
  const url = 'https://shop.example/c/rain-jackets';
  const menu = await run([...header, 'Rain Jackets', intro, ...cards(0, 50), 'Home', 'Contact'], { url });
  const body = menu.main?.body ?? '';
  assert.equal(menu.main?.title, 'Rain Jackets');
  assert.ok(body.startsWith('A rain jacket keeps you dry'), body);
  assert.ok(body.includes('Storm coat model 49 with hood'), body);
  assert.ok(!body.includes('Opening hours') && !body.includes('Winter sale'), body);
  assert.ok(menu.removed.some((r) => r.rule === 'story/before-body' && r.text === 'Opening hours'));
  // Lines above the headline that hold much of the body are part of it (a grid above the title).
  const above = await run([...header, ...cards(0, 25), 'Rain Jackets', intro, ...cards(25, 25), 'Home', 'Contact'], { url });
  assert.ok(above.main?.body.includes('Storm coat model 3 with hood'), above.main?.body);
});

test('story/shop-end: a short-line body (a shop\'s grid) ends at a label over the shop\'s terms in its last part; the same label high in the grid ends nothing', async () => {
  const cards = (from: number, n: number) => Array.from({ length: n }, (_, i) => [`Rain jacket number ${from + i} with hood`, `${40 + from + i} euros`]).flat();
  const terms = ['Shipping & Returns', 'Parcels leave the depot within two days', 'Returns are free for thirty days', 'Gift wrapping on request'];
  const late = await run(['Home', 'Contact', 'Rain jackets', 'Add to cart', ...cards(0, 30), ...terms, 'Home', 'Contact']);
  const body = late.main?.body ?? '';
  assert.ok(body.includes('Rain jacket number 29 with hood'), body);
  assert.ok(!body.includes('thirty days'), body);
  assert.ok(late.removed.some((r) => r.rule === 'story/shop-end' && r.text === 'Shipping & Returns'));
  const off = await run(['Home', 'Contact', 'Rain jackets', 'Add to cart', ...cards(0, 30), ...terms, 'Home', 'Contact'], { disable: ['story/shop-end'] });
  assert.ok(off.main?.body.includes('thirty days'), off.main?.body);
  // Above most of the grid the label is a tab or a badge: the cards under it stay.
  const high = await run(['Home', 'Contact', 'Rain jackets', 'Add to cart', ...cards(0, 8), ...terms, ...cards(8, 22), 'Home', 'Contact']);
  assert.ok(high.main?.body.includes('Rain jacket number 29 with hood'), high.main?.body);
});

test('story/intro-list: short lines after a body line ending in a colon are its list; the same lines without the colon stay out', async () => {
  const items = ['Two cups of rye flour', 'A spoon of salt', 'Warm water', 'A ripe starter'];
  const intro = 'Before you start the dough, put these on the table:';
  const listed = await run(['Rye loaf at home', prose('rye dough', 3), intro, ...items, prose('baking time', 3)]);
  for (const item of items) assert.ok(listed.main?.body.includes(item), listed.main?.body);
  assert.ok(!listed.removed.some((r) => items.includes(r.text)));
  const bare = await run(['Rye loaf at home', prose('rye dough', 3), 'Before you start the dough, put these on the table.', ...items, prose('baking time', 3)]);
  assert.ok(!bare.main?.body.includes('A spoon of salt'), bare.main?.body);
  // A list that runs past the body's last prose line is the page's, not the story's.
  const tail = await run(['Rye loaf at home', prose('rye dough', 3), prose('baking time', 3), 'Follow us on:', 'Instagram', 'Mastodon', 'Newsletter']);
  assert.ok(!tail.main?.body.includes('Mastodon'), tail.main?.body);
});

test('story/intro-list: a short label ending in a colon right under a paragraph announces the lines below it; a long run or a related label under it does not', async () => {
  const items = ['Knead for ten minutes', 'Proof in a warm room', 'Shape into a round loaf'];
  const label = await run(['Rye loaf at home', prose('rye dough', 3), 'Steps:', ...items, prose('baking time', 3)]);
  for (const item of ['Steps:', ...items]) assert.ok(label.main?.body.includes(item), label.main?.body);
  // Without the label, the same short lines are a menu to the judge.
  const bare = await run(['Rye loaf at home', prose('rye dough', 3), 'Steps', ...items, prose('baking time', 3)]);
  assert.ok(!bare.main?.body.includes('Proof in a warm room'), bare.main?.body);
  // A run longer than a list under the label is the page's next region.
  const rail = Array.from({ length: 14 }, (_, i) => `Bakery news item number ${i} this week`);
  const long = await run(['Rye loaf at home', prose('rye dough', 3), 'Also on the site:', ...rail, prose('baking time', 3)]);
  assert.ok(!long.main?.body.includes('Bakery news item number 3'), long.main?.body);
  // A related label among the lines opens a teaser box, not the label's list.
  const box = await run(['Rye loaf at home', prose('rye dough', 3), 'Contact:', 'Bakers Guild', 'Related articles', 'Sourdough tips for winter', prose('baking time', 3)]);
  assert.ok(!box.main?.body.includes('Bakers Guild'), box.main?.body);
});

test('story/numbered-list: numbered lines in sequence inside the body are its steps; a lone numbered line is not', async () => {
  const steps = ['1. Feed the starter', '2. Mix flour and water', '3. Fold the dough', '4. Bake in a hot pot'];
  const listed = await run(['Rye loaf at home', prose('rye dough', 3), ...steps, prose('baking time', 3)]);
  for (const step of steps) assert.ok(listed.main?.body.includes(step), listed.main?.body);
  const lone = await run(['Rye loaf at home', prose('rye dough', 3), 'Most read', '7. Bread prices rise again', 'Weather', 'Puzzles', prose('baking time', 3)]);
  assert.ok(!lone.main?.body.includes('Bread prices'), lone.main?.body);
});

test('story/signup-box: a sign-up or consent sentence among the last blocks ends the body; a sentence of the story that mentions signing up once does not', async () => {
  const consent = 'By submitting this form you agree that the city office may contact you by e-mail about permits, events and other services it offers to residents of the old town.';
  const box = await run(['Bridge reopens', prose('bridge repairs', 4), prose('traffic plan', 4), consent]);
  assert.ok(!box.main?.body.includes('By submitting'), box.main?.body);
  assert.ok(box.removed.some((r) => r.rule === 'story/after-body' && r.text.startsWith('By submitting')));
  const story = await run(['Bridge reopens', prose('bridge repairs', 4), prose('traffic plan', 4), 'Drivers who want a permit for the bridge can sign up at the town hall from Monday, the council said.']);
  assert.ok(story.main?.body.includes('town hall'), story.main?.body);
  // A page whose prose is mostly that box keeps it.
  const alone = await run(['Permits', prose('city news', 1), consent]);
  assert.ok(alone.main?.body.includes('By submitting'), alone.main?.body);
});

test('story/signup-box: a box whose short blocks each hold one sign-up word ends the body at its heading; in a story about mailing lists those words are the story\'s', async () => {
  const box = [
    'Keep up with the harbour',
    'Fresh mooring news lands in your inbox each Friday morning, written by our own harbour desk.',
    'Sign up to get our emails about ferries, tides and the boats that come and go from the quay.',
  ];
  const story = ['Ferry timetable changes', prose('ferry timetable', 4), prose('winter crossings', 4)];
  const cut = await run([...story, ...box]);
  assert.ok(!cut.main?.body.includes('your inbox') && !cut.main?.body.includes('Keep up with the harbour'), cut.main?.body);
  assert.ok(cut.main?.body.includes('winter crossings'), cut.main?.body);
  assert.ok(cut.removed.some((r) => r.rule === 'story/after-body' && r.text.startsWith('Keep up')));
  // A story about running a mailing list speaks of emails and sign-ups all along: its last paragraphs stay.
  const topic = ['What our mailing list taught us', 'We sent emails to every subscriber and tried a new signup form on the page for a month to see who stayed.', prose('mailing list', 4), prose('welcome emails', 4), ...box];
  const kept = await run(topic);
  assert.ok(kept.main?.body.includes('your inbox'), kept.main?.body);
  const off = await run([...story, ...box], { disable: ['story/signup-box'] });
  assert.ok(off.main?.body.includes('your inbox'), off.main?.body);
  // A page's own privacy section: two full sentences with one such word each, no short line among them.
  const privacy = [
    'Names and e-mail addresses entered on this site are used only for the stated purposes and are never passed on to any other party.',
    'Every request made to the harbour office is answered within ten working days, and the full privacy policy lists how long records are kept.',
  ];
  const section = await run([...story, ...privacy]);
  assert.ok(section.main?.body.includes('ten working days'), section.main?.body);
});

test('story/docs-lines: inside the body of a page filed as documentation, code and option lines stay, the site menu does not; on a news page or with the rule off they go', async () => {
  const code = ['const planner = createPlanner(settings);', 'planner.addRoute(nightBus);', 'if (planner.ready) {', 'planner.start();', '}'];
  // A manual's settings, each a short name the prose judge reads as a menu item.
  const options = ['Night routes', 'Walking distance', 'Step-free access'];
  const lines = ['Setting up the route planner', prose('planner setup', 3), ...code, 'Sign in', ...options, prose('planner output', 3)];
  const docs = await run(lines, { url: 'https://example.org/docs/planner/setup' });
  for (const l of ['planner.addRoute(nightBus);', 'if (planner.ready) {', ...options]) assert.ok(docs.main?.body.includes(l), docs.main?.body);
  assert.ok(!docs.main?.body.includes('Sign in'), docs.main?.body);
  // Two runs of short lines in an undated story are sections (story/undated-sections): off here, to see this rule alone.
  const news = await run(lines, { url: 'https://example.org/news/2025/route-planner', disable: ['story/undated-sections'] });
  assert.ok(!news.main?.body.includes('planner.addRoute(nightBus);') && !news.main?.body.includes('Walking distance'), news.main?.body);
  const off = await run(lines, { url: 'https://example.org/docs/planner/setup', disable: ['story/docs-lines', 'story/undated-sections'] });
  assert.ok(!off.main?.body.includes('Walking distance'), off.main?.body);
});

test('story/front-sections: on a site\'s front page the short lines between its paragraphs are section headings and cards; a run repeating an earlier run\'s line, a story page, or the rule off drops them', async () => {
  // Each section: a heading and card lines, then its paragraph. The last run repeats the first's call to action.
  const lines = ['Harbour Works Ltd', prose('dock repairs', 2), 'Cranes', 'Up to 40 tonnes', 'Ask for a quote', prose('crane fleet', 2), 'Pilots', 'Tugs', 'Ask for a quote', prose('overnight work', 2), '© 2025 Harbour Works'];
  const front = await run(lines, { url: 'https://harbourworks.example/' });
  for (const l of ['Cranes', 'Up to 40 tonnes']) assert.ok(front.main?.body.includes(l), front.main?.body);
  assert.ok(!front.main?.body.includes('Tugs'), front.main?.body);
  const story = await run(lines, { url: 'https://harbourworks.example/news/2025/cranes' });
  assert.ok(!story.main?.body.includes('Up to 40 tonnes'), story.main?.body);
  const off = await run(lines, { url: 'https://harbourworks.example/', disable: ['story/front-sections'] });
  assert.ok(!off.main?.body.includes('Up to 40 tonnes'), off.main?.body);
});

test('story/undated-sections: a page whose story prints no date and no byline keeps the headings between its sections; a dated story, a single run, or the rule off drops them', async () => {
  // A rope maker's services page: each section a heading and two short lines, then its paragraph.
  const sections = ['Splicing', 'Eye and back splices', 'Whipped by hand', prose('splicing work', 2), 'Mooring lines', 'Cut to any length', 'Nylon or polyester', prose('mooring lines', 2)];
  const lines = ['Ropeworks of the North', prose('rope making', 2), ...sections, '© 2025 Ropeworks'];
  const url = 'https://ropeworks.example/what-we-do';
  const page = await run(lines, { url });
  for (const l of ['Splicing', 'Eye and back splices', 'Mooring lines', 'Cut to any length']) assert.ok(page.main?.body.includes(l), page.main?.body);
  // The same lines under a dateline are a news story's: the short lines between its paragraphs go.
  const dated = await run([lines[0] as string, 'March 3, 2025', ...lines.slice(1)], { url });
  assert.ok(!dated.main?.body.includes('Cut to any length'), dated.main?.body);
  // One run between two paragraphs is as often a story's teaser lines as a section.
  const single = await run(['Ropeworks of the North', prose('rope making', 2), ...sections.slice(0, 4), '© 2025 Ropeworks'], { url });
  assert.ok(!single.main?.body.includes('Eye and back splices'), single.main?.body);
  const off = await run(lines, { url, disable: ['story/undated-sections'] });
  assert.ok(!off.main?.body.includes('Cut to any length'), off.main?.body);
});

test('story/card-run: a card listed again in another section of the same grid still counts as printed once; a card the footer repeats does not', async () => {
  const card = (n: number): string[] => [`Slow roasted harbour fish with lemon number ${'abcdefgh'[n]}`, `${10 + n} reviews / 4.${n} average`];
  const top = [0, 1, 2].flatMap(card);
  const all = [0, 1, 2, 3, 4, 5].flatMap(card);
  const lines = ['Fish recipes', prose('fish recipes', 1), 'Top rated fish recipes', ...top, 'All fish recipes', ...all, prose('the fish market', 1), '© 2025 Harbour Kitchen'];
  const grid = await run(lines);
  assert.ok(grid.main?.body.includes('Slow roasted harbour fish with lemon number a'), grid.main?.body);
  assert.ok(grid.main?.body.includes('15 reviews / 4.5 average'), grid.main?.body);
  // The same cards printed again below the story (a footer's list) are the site's, not the grid's.
  const footer = await run([...lines.slice(0, -1), ...top, ...[3, 4, 5].flatMap(card), '© 2025 Harbour Kitchen']);
  assert.ok(!footer.main?.body.includes('15 reviews / 4.5 average'), footer.main?.body);
});

test('story/fact-lines: "Label: value" lines between two paragraphs are the story\'s fact sheet; a row of menu items there is not', async () => {
  const facts = ['Opened: 1998', 'Seats: 420 in two halls', 'Owner: the town council', 'Next season: from September'];
  const sheet = await run(['Cinema reopens', prose('cinema roof', 3), ...facts, prose('ticket prices', 3)]);
  for (const f of facts) assert.ok(sheet.main?.body.includes(f), sheet.main?.body);
  const menu = await run(['Cinema reopens', prose('cinema roof', 3), 'Home', 'Films', 'Tickets', 'Contact', prose('ticket prices', 3)]);
  assert.ok(!menu.main?.body.includes('Tickets'), menu.main?.body);
  // Below the body's last paragraph the same lines are the page's (an address block), not the story's.
  const below = await run(['Cinema reopens', prose('cinema roof', 3), prose('ticket prices', 3), 'Phone: 555 0100', 'Email: box office', 'Opening hours: daily']);
  assert.ok(!below.main?.body.includes('Phone:'), below.main?.body);
  // A table's rows, their cells separated by tabs as a browser prints them, are facts too.
  const rows = ['Hall\tSeats\tScreen', 'Main\t300\tlarge', 'Studio\t120\tsmall'];
  const table = await run(['Cinema reopens', prose('cinema roof', 3), ...rows, prose('ticket prices', 3)]);
  assert.ok(table.main?.body.includes('Studio 120 small'), table.main?.body);
  const spaced = await run(['Cinema reopens', prose('cinema roof', 3), ...rows.map((r) => r.replaceAll('\t', ' ')), prose('ticket prices', 3)]);
  assert.ok(!spaced.main?.body.includes('Studio 120 small'), spaced.main?.body);
});

test('story/terminator: "see also" and "related topics" labels in Spanish and Polish, and a reviewer\'s trust box, end the body; a sentence that uses the words does not', async () => {
  for (const label of ['Ver también', 'Temas relacionados', 'Zobacz również:', 'Powiązane tematy', 'Why trust us?']) {
    const cut = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), label, 'Five other harbours to visit', 'Why ferries are late', prose('mooring fees', 1)]);
    assert.ok(!cut.main?.body.includes('mooring fees'), `${label}: ${cut.main?.body}`);
  }
  const sentence = 'Why trust us with your boat? The harbour master answered that question at the hearing on Monday.';
  const kept = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), sentence, prose('mooring fees', 1)]);
  assert.ok(kept.main?.body.includes('mooring fees'), kept.main?.body);
});

test('story/terminator: related, most-read and latest labels in German, Spanish, Portuguese, French, Finnish and Polish end the body; a sentence holding the same words does not', async () => {
  for (const label of ['Verwandte Beiträge', 'Beliebte Beiträge zum Thema:', 'Die meistgelesenen Artikel im Ressort', 'Otras noticias', 'Más noticias de la región', 'Mais lidas', 'Articles en relation', 'Lue myös:', 'Najnowsze']) {
    const cut = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), label, 'Five other harbours to visit', 'Why ferries are late', prose('mooring fees', 1)]);
    assert.ok(!cut.main?.body.includes('mooring fees'), `${label}: ${cut.main?.body}`);
    assert.ok(cut.main?.body.includes('ferry timetable'), `${label}: ${cut.main?.body}`);
  }
  // The words inside a sentence of the story are no label.
  const sentence = 'Otras noticias del puerto llegaron tarde, y el alcalde las leyó en voz alta ante todos los vecinos.';
  const kept = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), sentence, prose('mooring fees', 1)]);
  assert.ok(kept.main?.body.includes('mooring fees'), kept.main?.body);
});

test('story/terminator: a related label listed in the page\'s contents above the sections does not end the body; the same label under the body does', async () => {
  const contents = ['Setup', 'Options', 'Troubleshooting', 'See also'];
  // The intro outweighs the sections' prose, as on a reference page whose sections are short.
  const sections = ['Setup', prose('pump setup', 1), 'Options', prose('valve options', 1), 'Troubleshooting', prose('leak checks', 1)];
  const listed = await run(['Water pump guide', prose('water pump', 6), prose('pump housing', 6), ...contents, ...sections, 'See also', 'Pipe fitting guide', 'Valve catalogue']);
  assert.ok(listed.main?.body.includes('leak checks'), listed.main?.body);
  assert.ok(!listed.main?.body.includes('Valve catalogue'), 'the real "See also" further down still ends it');
  // Not listed above its sections: the label ends the body where it stands.
  const plain = await run(['Water pump guide', prose('water pump', 3), prose('valve options', 3), 'See also', 'Pipe fitting guide', 'Valve catalogue', prose('leak checks', 1)]);
  assert.ok(!plain.main?.body.includes('Valve catalogue'), plain.main?.body);
});

test('story/card-run: a grid of cards below a short intro is the page\'s content; a related list under an article, a menu and a related label are not', async () => {
  const intro = 'Our kitchen team picked these weeknight dinners for you to cook this month.';
  const closing = 'Every recipe on this page was tested twice in our kitchen before we printed it here.';
  const cards = [
    'Ten Quick Soups for Cold Evenings', '12 Ratings',
    'One Pan Lemon Chicken with Greens', '31 Ratings',
    'Baked Rice with Beans and Peppers', '7 Ratings',
    'Slow Cooker Beef Stew with Barley', '54 Ratings',
  ];
  const grid = await run(['Dinner ideas', intro, ...cards, closing]);
  for (const c of cards) assert.ok(grid.main?.body.includes(c), grid.main?.body);
  assert.ok(grid.removed.every((r) => !cards.includes(r.text)), 'no card line was removed');
  // The same run under a long article: a related list, not what the page is made of.
  const article = await run(['Dinner ideas', prose('dinner budget', 6), prose('school lunches', 6), ...cards, closing]);
  assert.ok(!article.main?.body.includes('One Pan Lemon Chicken'), article.main?.body);
  // Under a related label the run is a box of links.
  const labelled = await run(['Dinner ideas', intro, 'You may also like', ...cards, closing]);
  assert.ok(!labelled.main?.body.includes('One Pan Lemon Chicken'), labelled.main?.body);
  // A menu: one-word items, no teaser titles among them.
  const menu = ['Soups', 'Salads', 'Mains', 'Sides', 'Desserts', 'Drinks', 'Soups', 'Salads'];
  const nav = await run(['Dinner ideas', intro, ...menu, closing]);
  assert.ok(!nav.main?.body.includes('Desserts'), nav.main?.body);
  // With the rule off the grid goes, as the prose judge says.
  const off = await run(['Dinner ideas', intro, ...cards, closing], { disable: ['story/card-run'] });
  assert.ok(!off.main?.body.includes('One Pan Lemon Chicken'), off.main?.body);
});

test('story/body-lines: sentence-case lines between paragraphs that speak of the body are kept; title-case menus, repeated lines and other subjects are not', async () => {
  const opened = 'The town cinema reopened on Friday after a year of roof repairs, and the first screenings of the season sold out within an hour of the doors opening.';
  const paid = 'The council paid for most of the roof repairs, and volunteers painted the foyer and the hall in the weeks before the cinema reopened to the public.';
  const prices = 'Ticket prices stay low for pupils and pensioners, the cinema manager said, and the old projector will show silent films through the winter.';
  const list = ['What changed at the cinema', 'New roof over the main hall', 'Ticket prices unchanged for pupils', 'Volunteers painted the foyer'];
  const kept = await run(['Cinema reopens', opened, paid, ...list, prices]);
  for (const l of list) assert.ok(kept.main?.body.includes(l), kept.main?.body);
  const menu = await run(['Cinema reopens', opened, paid, 'New Roof', 'Ticket Prices', 'Volunteer Days', prices]);
  assert.ok(!menu.main?.body.includes('Ticket Prices'), menu.main?.body);
  // A line the dump prints again (a menu in the header and the footer) is the site's.
  const twice = await run(['Cinema reopens', opened, paid, ...list, prices, 'Volunteers painted the foyer']);
  assert.ok(!twice.main?.body.includes('Volunteers painted the foyer'), twice.main?.body);
  const other = await run(['Cinema reopens', opened, paid, 'Weather warning for the coast', 'Train strike called off', 'Local football results', prices]);
  assert.ok(!other.main?.body.includes('Train strike'), other.main?.body);
});

test('story/topic-tail: prose on another subject below a block of furniture ends the body; prose on the same subject does not', async () => {
  const article = [
    'The harbour authority approved the new breakwater after three winters of storm damage to the quay and the ferry slip.',
    'Fishermen said the old pier had cracked twice, and ferries were diverted to the northern jetty for several weeks.',
    'Engineers will drive steel piles into the seabed during the calm months, when the tides around the quay are lowest.',
    'Boat owners asked whether mooring fees would rise, and the authority promised a public hearing on harbour tariffs.',
    'The breakwater should shelter the quay from winter storms for fifty years, the harbour engineers told the council.',
    'Work on the breakwater starts in April, and the ferry slip stays open while the piles are driven into the seabed.',
    'The council will pay for half of the breakwater, and the port operator and the ferry company will share the rest.',
    'Residents near the quay were told that pile driving would stop at night and that the jetty would stay open to walkers.',
  ];
  const teaser = 'Our sourdough starter feeds on rye flour and water, and it bubbles happily on the kitchen counter overnight before baking.';
  const gap = ['Advertisement', 'Podcasts', 'Weather', 'Puzzles'];
  const tail = await run(['Breakwater approved', ...article, ...gap, teaser]);
  assert.ok(tail.main?.body.includes('steel piles') && !tail.main.body.includes('sourdough'), tail.main?.body);
  assert.ok(tail.removed.some((r) => r.rule === 'story/topic-tail' && /cosine 0\.\d\d/.test(r.reason)));
  const same = await run(['Breakwater approved', ...article, ...gap, 'Harbour engineers will publish the breakwater plans and the quay works timetable on the authority website next week.']);
  assert.ok(same.main?.body.includes('quay works timetable'), same.main?.body);
  // A teaser that borrows a word or two of the story's (a bakery "on the quay") is still another subject (cosine about 0.18).
  const borrowed = await run(['Breakwater approved', ...article, ...gap, 'The harbour bakery sells sourdough loaves made with rye flour and water, baked overnight on the quay by two brothers.']);
  assert.ok(!borrowed.main?.body.includes('sourdough'), borrowed.main?.body);
  assert.ok(borrowed.removed.some((r) => r.rule === 'story/topic-tail' && /cosine 0\.1\d/.test(r.reason)), borrowed.removed.map((r) => r.reason).join('; '));
  // One that shares more of them (the ferry timetable, the harbour's quay: cosine about 0.33) stays.
  const near = await run(['Breakwater approved', ...article, ...gap, 'The ferry company will print a new summer timetable, and the harbour cafe reopens on the quay in May.']);
  assert.ok(near.main?.body.includes('summer timetable'), near.main?.body);
});

test('text: a dump with no story says why (error page, login form, list of links)', async () => {
  const error = await run(['Page not found', '404', 'The page you asked for has moved or never existed here', 'Home', 'Contact']);
  assert.equal(error.result.stories.length, 0);
  assert.ok(error.result.warnings.some((w) => w.includes('error page') && w.includes('Page not found')), error.result.warnings.join('; '));
  const login = await run(['Members area', 'Email address', 'Password', 'Forgot your password?', 'Sign in', 'Create an account']);
  assert.equal(login.result.stories.length, 0);
  assert.ok(login.result.warnings.some((w) => w.includes('login or subscription form')), login.result.warnings.join('; '));
  const links = await run(['Home', 'News', 'Sport', 'Weather', 'Business', 'Culture', 'Travel', 'Contact us', 'Careers']);
  assert.equal(links.result.stories.length, 0);
  assert.ok(links.result.warnings.some((w) => w.includes('list of 9 short lines')), links.result.warnings.join('; '));
});

test('text: a dump of under 150 words warns that the page may render its content with script', async () => {
  const { result } = await run(['Cloud Hosting', 'Pricing', 'Docs', 'Log in', 'Deploy your app in minutes.', prose('deploy', 1), '© 2025 Cloud Hosting']);
  assert.ok(result.warnings.some((w) => /the dump holds only \d+ words/.test(w)), result.warnings.join('; '));
});

test('story bounds: a headline printed twice (taken out as a repeat) still splits the header above it from the body below', async () => {
  const header = [
    'Skip to content', 'Visitors', 'Parking', 'Hotels',
    'We are here to help you with parking, visiting hours and a place to stay near the hospital.',
    'Shortcuts', 'Billing', 'Records', 'About',
    'Our clinics are run by a not-for-profit group that serves the whole of the county.',
    'Careers', 'News',
  ];
  const headline = 'Harbour plan approved after a long winter';
  const { main, removed } = await run([...header, headline, headline, 'March 3, 2025', prose('harbour plan', 4), prose('ferry timetable', 4), prose('mooring fees', 3), 'Share', 'Privacy']);
  assert.equal(main?.title, headline);
  assert.ok(main?.body.startsWith('The committee looked closely at the harbour plan'), main?.body.slice(0, 80));
  const blurb = removed.find((r) => r.text.startsWith('We are here to help'));
  assert.equal(blurb?.rule, 'story/before-body');
});

test('story/consent-edge: a cookie dialog printed below the footer does not stretch the body over it; a paragraph about cookies inside the story stays', async () => {
  const dialog = 'We and our partners store cookies on your device and process personal data for ads and measurement. You can change your privacy choices at any time.';
  const lines = ['Harbour plan approved', prose('harbour plan', 4), 'Home', 'About', 'Contact', dialog, 'Accept all'];
  const edge = await run(lines);
  assert.ok(!edge.main?.body.includes('We and our partners'), edge.main?.body);
  assert.equal(edge.removed.find((r) => r.text === dialog)?.rule, 'story/after-body');
  const off = await run(lines, { disable: ['story/consent-edge'] });
  assert.ok(off.main?.body.includes('We and our partners'), off.main?.body);
  const inside = 'Privacy campaigners say the law on personal data still has a loophole, since sites may set cookies that only count visits.';
  const story = await run(['New cookie rules', prose('cookie law', 3), inside, prose('fines for sites', 3)]);
  assert.ok(story.main?.body.includes(inside), story.main?.body);
});

test('story/consent-edge: the purposes a consent dialog lists under its notice go with it; a story that goes on at length after a paragraph about cookies keeps its end', async () => {
  const notice = 'This site and a long list of partners keep cookies on your device and read personal data from them, to show ads, to count visits and to learn what readers like. You can agree to all of it, or open the settings to choose item by item, and you can change your mind later on the privacy page at the foot of every page.';
  // The dialog's settings name no cookie: each reads as a good paragraph of its own.
  const purposes = [
    'Measure how often each page is opened and which links readers follow, and build reports about the audience of the site.',
    'Choose the advertisements shown to a reader from what that reader looked at before, and count how often each one was seen.',
  ];
  const lines = ['Harbour plan approved', prose('harbour plan', 4), 'Home', 'About', notice, ...purposes, 'Accept all'];
  const dialog = await run(lines);
  assert.ok(!dialog.main?.body.includes('Measure how often'), dialog.main?.body);
  assert.equal(dialog.removed.find((r) => r.text.startsWith('Choose the advertisements'))?.rule, 'story/after-body');
  const off = await run(lines, { disable: ['story/consent-edge'] });
  assert.ok(off.main?.body.includes('Choose the advertisements'), off.main?.body);
  // A notice-like paragraph followed by more than a dialog's words of story is the story's.
  const inside = 'Privacy campaigners say the law on personal data still has a loophole, since sites may set cookies that only count visits.';
  const story = await run(['New rules for websites', prose('new law', 3), inside, prose('fines for sites', 4), prose('appeals', 4), prose('next steps', 5)]);
  assert.ok(story.main?.body.includes('next steps') && story.main?.body.includes(inside), story.main?.body);
});

test('story/context-tail: short lines the context pass kept after the last good paragraph go; one closing sentence right below it stays', async () => {
  const prompt = 'Tell us what you think in the comments!';
  const signup = 'Get our weekly letter in your inbox today!';
  const tail = await run(['Harbour plan approved', prose('harbour plan', 4), 'What the plan means', prose('ferry timetable', 4), prompt, signup, 'Home', 'About', 'Contact']);
  assert.ok(!tail.main?.body.includes(prompt) && !tail.main?.body.includes(signup), tail.main?.body);
  assert.equal(tail.removed.find((r) => r.text === prompt)?.rule, 'story/context-tail');
  assert.ok(tail.main?.body.includes('What the plan means'), 'a subhead between paragraphs stays');
  const closing = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), prompt, 'Home', 'About', 'Contact']);
  assert.ok(closing.main?.body.endsWith(prompt), 'one sentence right below the last paragraph is its closing line');
  const off = await run(['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 4), prompt, signup, 'Home'], { disable: ['story/context-tail'] });
  assert.ok(off.main?.body.includes(signup));
});

test('story/standfirst: the summary line under the headline opens the body; a date line, a caption or a list of tags there does not', async () => {
  const body = [
    'The harbour authority approved the new breakwater on Monday after three winters of storm damage to the quay and the ferry slip.',
    'Engineers will drive steel piles into the seabed during the calm months, when the tides around the quay are at their lowest.',
    'The council will pay for half of the works, and the port operator and the ferry company will share the rest of the bill.',
  ];
  const title = 'Harbour gets its breakwater at last';
  const dek = 'Three stormy winters later the town finally agrees on how to shelter its ferries';
  const url = 'https://news.example.org/local/harbour-gets-its-breakwater-at-last';
  const kept = await run(['Home', 'News', 'Local', title, dek, ...body], { url });
  assert.equal(kept.main?.title, title);
  assert.ok(kept.main?.body.startsWith(dek), kept.main?.body);
  // Off, the line stays above the body, as a header line that ends no sentence.
  const off = await run(['Home', 'News', 'Local', title, dek, ...body], { url, disable: ['story/standfirst'] });
  assert.ok(!off.main?.body.includes(dek), off.main?.body);
  // A date line, a caption with its credit in brackets, a list of tags, a line opening in lower case.
  const others = [
    'Updated on 12 March 2024 at 10 am by the harbour news desk',
    'The old pier after the January storm seen from the ferry deck (Photo Jane Doe)',
    'Harbour, Ferries, Storms, Breakwater, Council, Port, Budget, Quay, Tides',
    'harbour ferries storms breakwater council port budget quay tides',
  ];
  for (const line of others) {
    const other = await run(['Home', 'News', 'Local', title, line, ...body], { url });
    assert.equal(other.main?.title, title);
    assert.ok(!other.main?.body.includes(line), other.main?.body);
  }
});

test('story/ingredients: a recipe\'s ingredient label over lines of amounts, above the method, opens the body; a menu under the word with few amounts, or the rule off, does not', async () => {
  const method = [prose('dough and its resting time', 3), prose('oven and the baking tray', 3)];
  const list = ['Ingredients for 6 rolls', '500 g flour', '1 tsp salt', '300 ml warm water', 'Fresh yeast', '2 tbsp olive oil'];
  // The dump prints the method's heading between the list and the method's first paragraph.
  const recipe = await run(['Soft bread rolls', 'Home', 'Recipes', ...list, 'Method:', ...method]);
  for (const l of list.slice(1)) assert.ok(recipe.main?.body.includes(l), recipe.main?.body);
  assert.ok(!recipe.main?.body.includes('Recipes'), recipe.main?.body);
  const off = await run(['Soft bread rolls', 'Home', 'Recipes', ...list, 'Method:', ...method], { disable: ['story/ingredients'] });
  assert.ok(!off.main?.body.includes('500 g flour'), off.main?.body);
  // A site menu with the word in it: one count among many links is no list of amounts.
  const menu = ['Ingredients', 'Meal plans', 'Kitchen tools', 'Top 10 dinners', 'Seasonal baking', 'Baking for kids', 'Contact us'];
  const nav = await run(['Soft bread rolls', ...menu, ...method]);
  assert.ok(!nav.main?.body.includes('Meal plans'), nav.main?.body);
  // A label with a menu's second word ("Ingredients & Preparation") is no ingredient label.
  const tab = await run(['Soft bread rolls', 'Ingredients & Preparation', ...list.slice(1), ...method]);
  assert.ok(!tab.main?.body.includes('500 g flour'), tab.main?.body);
});

test('story/shop-end: in a shop dump, a reviews label under the description ends the body though the reviews are prose; not in a dump that sells nothing, nor above the description', async () => {
  const review = (who: string) => `${who} wrote that the lantern kept the tent bright for three long nights and that the handle never bent on the trail, which surprised the whole family.`;
  const reviews = ['Customer reviews', review('A walker'), review('A camper'), review('A climber'), review('A fisher'), review('A runner')];
  const buyBox = ['Trail lantern', '$24.99', 'Add to cart'];
  const shop = await run([...buyBox, prose('lantern design', 3), prose('battery life', 2), ...reviews]);
  assert.ok(!shop.main?.body.includes('A climber'), shop.main?.body);
  assert.ok(shop.main?.body.includes('battery life'), shop.main?.body);
  assert.ok(shop.removed.some((r) => r.rule === 'story/shop-end' && r.text === 'Customer reviews'));
  const article = await run(['Trail lantern', prose('lantern design', 3), prose('battery life', 2), ...reviews]);
  assert.ok(article.main?.body.includes('A climber'), 'a dump with no cart control and price keeps its prose');
  const above = await run([...buyBox, prose('lantern design', 5), 'Reviews', review('A walker'), 'Description', prose('battery life', 3)]);
  assert.ok(above.main?.body.includes('battery life'), above.main?.body);
  const table = await run([...buyBox, prose('lantern design', 5), 'Reviews', '1,204', '87', '$24.99', prose('battery life', 2), ...reviews.slice(1)]);
  assert.ok(table.main?.body.includes('battery life'), 'a comparison table row label over bare counts ends nothing');
  const empty = await run(['Trail lantern', 'Basket total $0.00', 'Add to cart', prose('lantern design', 3), prose('battery life', 2), ...reviews]);
  assert.ok(empty.main?.body.includes('A climber'), 'an empty basket total is no price: no shop page');
});

test('story/shop-end: in a shop dump, a heading over the shop\'s terms under the description ends the body though the terms are prose; not a buy box\'s "Shipping:" field, nor a lone "Shipping" filter', async () => {
  const terms = [
    'Orders leave our workshop within two working days and travel with a tracked courier to every address we deliver to.',
    'You may send an unused lantern back within thirty days of delivery, and we refund the full price once it reaches us again.',
    'Every lantern carries a two year guarantee that covers its switch, its battery and the seal around its glass.',
    'Parcels sent abroad may be held by customs, and any import charges they raise are paid by the person who receives them.',
  ];
  const buyBox = ['Trail lantern', '$24.99', 'Add to cart'];
  const description = [prose('lantern design', 3), prose('battery life', 2)];
  const shop = await run([...buyBox, ...description, 'Shipping & Returns', ...terms]);
  assert.ok(shop.main?.body.includes('battery life'), shop.main?.body);
  assert.ok(!shop.main?.body.includes('thirty days'), shop.main?.body);
  assert.ok(shop.removed.some((r) => r.rule === 'story/shop-end' && r.text === 'Shipping & Returns'));
  const off = await run([...buyBox, ...description, 'Shipping & Returns', ...terms], { disable: ['story/shop-end'] });
  assert.ok(off.main?.body.includes('thirty days'), off.main?.body);
  // A field label with its value beside or below it, and one word alone, end nothing.
  for (const label of ['Shipping:', 'Refund', 'Shipping']) {
    const field = await run([...buyBox, ...description, label, ...terms]);
    assert.ok(field.main?.body.includes('thirty days'), `${label}: ${field.main?.body ?? ''}`);
  }
});

test('story/page-end: what a dump prints below the footer\'s copyright notice leaves the body; not below a notice without legal links beside it, nor when most of the body is below it; a body of closing lines only is none', async () => {
  const story = ['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 3)];
  const footer = ['Contact us', 'Privacy Policy', 'Terms of Use', '© 2026 Harbour Times Ltd.', 'Careers'];
  // A dialog the page holds out of sight: prose, on the story's subject even, so no other rule takes it.
  const dialog = ['Choose your crossing', prose('harbour plan ticket offer', 2), prose('ferry timetable for members', 1)];
  const page = await run([...story, ...footer, ...dialog]);
  assert.ok(page.main?.body.includes('findings'), page.main?.body);
  assert.ok(!page.main?.body.includes('ticket offer'), page.main?.body);
  assert.ok(page.removed.some((r) => r.rule === 'story/page-end' && r.text.includes('ticket offer')));
  const off = await run([...story, ...footer, ...dialog], { disable: ['story/page-end'] });
  assert.ok(off.main?.body.includes('ticket offer'), off.main?.body);
  // A notice with no legal link beside it is a program's banner or a quoted licence, not the page's footer.
  const banner = await run([...story, 'Boot loader 1.1', '(c) Copyright 1990-1994, Example Systems.', 'All rights reserved', 'Press a key', ...dialog]);
  assert.ok(banner.main?.body.includes('ticket offer'), banner.main?.body);
  // A page printed with its footer first: the story below the notice is most of the body.
  const first = await run(['Harbour plan approved', prose('ferry timetable', 1), ...footer, prose('harbour plan', 4), prose('mooring fees', 4)]);
  assert.ok(first.main?.body.includes('mooring fees'), first.main?.body);
  // Only the footer's long line of legal links and its notice left in the dump: no body at all.
  const links = ['Privacy Policy', 'Terms of Use', 'Sitemap', 'Information for consumers', 'Legal Information / Imprint', 'Service agreement for buyers outside the union', 'Terms and Conditions for buyers inside the union', 'Seller information', 'Legal enquiry guide'];
  // Too long for a notice line (boilerplate/notice reads lines of 320 characters at most).
  const legal = `${links.join(' - ')} ©2010-2026 Example Market. All rights reserved. Licence 12-3456-7, registered trade licence 33-0108.`;
  const bare = await run(['Help', 'Help Centre, Returns, Report a problem', 'Browse by category', 'All products, Deals, Reviews, Blog', legal]);
  assert.equal(bare.main?.body ?? '', '');
  assert.ok(bare.removed.some((r) => r.rule === 'story/page-end' && r.text.startsWith('Privacy Policy')));
});

test('story/fine-print: a run of notes opening with footnote marks below the larger part of the body ends it; one marked line, notes high on the page, or "*" bullets do not', async () => {
  const story = ['Harbour plan approved', prose('harbour plan', 4), prose('ferry timetable', 3)];
  const notes = [
    '† Season tickets are sold to residents only and cannot be passed on to another traveller.',
    '‡ Prices shown include the harbour levy, which the council may change at any time without notice.',
    '◊ Travel times are estimates measured in calm weather and do not form part of any contract.',
  ];
  const page = await run([...story, ...notes]);
  assert.ok(page.main?.body.includes('ferry timetable'), page.main?.body);
  assert.ok(!page.main?.body.includes('harbour levy'), page.main?.body);
  assert.ok(page.removed.some((r) => r.rule === 'story/fine-print' && r.text.startsWith('† Season')));
  const off = await run([...story, ...notes], { disable: ['story/fine-print'] });
  assert.ok(off.main?.body.includes('harbour levy'), off.main?.body);
  // One marked line is an aside, not a run of notes.
  const aside = await run([...story, notes[0] as string, prose('mooring fees', 1)]);
  assert.ok(aside.main?.body.includes('mooring fees'), aside.main?.body);
  // Notes under a plan table high on the page: most of the story is below them.
  const high = await run(['Harbour plan approved', prose('ticket prices', 1), ...notes.slice(0, 2), prose('harbour plan', 4), prose('mooring fees', 4)]);
  assert.ok(high.main?.body.includes('mooring fees'), high.main?.body);
  // "*" opens a list item in a dump as often as a note.
  const bullets = notes.map((n) => `* ${n.slice(2)}`);
  const list = await run([...story, ...bullets]);
  assert.ok(list.main?.body.includes('harbour levy'), list.main?.body);
});

test('story/subheads: a short sentence-case heading right above a paragraph inside the body stays; a repeated credit, a dated line and a title-case teaser do not', async () => {
  const intro = 'Our harbour team plans every crossing with the weather, the tides and the needs of the people on board in mind.';
  const para = 'Each boat is checked before it sails, and the crew walks the passengers through the safety drill before the ropes are cast off.';
  const closing = 'Tickets can be bought at the quay or on board, and children under five travel free on every route we run.';
  // The heading's neighbours above are short lines too: the context pass does not carry it.
  const heading = 'Plan your crossing with confidence';
  const kept = await run(['Ferry services', intro, 'Learn more', 'Quay Services', heading, para, closing]);
  assert.ok(kept.main?.body.includes(heading), kept.main?.body);
  const off = await run(['Ferry services', intro, 'Learn more', 'Quay Services', heading, para, closing], { disable: ['story/subheads'] });
  assert.ok(!off.main?.body.includes(heading), off.main?.body);
  // A line printed again in the story (a credit under each picture) is no subhead.
  const credit = 'Photo courtesy of the harbour office';
  const twice = await run(['Ferry services', intro, 'Learn more', 'Quay Services', credit, para, closing, 'Home', 'Contact', credit]);
  assert.ok(!twice.main?.body.includes(credit), twice.main?.body);
  // A digit marks a field (a date, a count), title case a teaser's headline.
  const dated = await run(['Ferry services', intro, 'Learn more', 'Quay Services', 'Posted by the harbour office in 2024', para, closing]);
  assert.ok(!dated.main?.body.includes('Posted by the harbour office'), dated.main?.body);
  const teaser = await run(['Ferry services', intro, 'Learn more', 'Quay Services', 'Why The Night Ferry Runs Late', para, closing]);
  assert.ok(!teaser.main?.body.includes('Why The Night Ferry'), teaser.main?.body);
});

test('story/card-stamps: date lines naming their source beside card titles stay between the body\'s lines; bare dates, a thread\'s post headers and a lone stamp go', async () => {
  const card = (title: string, by: string, date: string): string[] => [title, `${by} · ${date}`, `A short summary of the ${title.toLowerCase()} for readers who want the gist before they open it.`];
  const cards = [
    ...card('How the night ferry got its timetable back', 'Harbour Desk', 'March 3, 2026'),
    ...card('Five lighthouses that still keep a keeper', 'Coast Notes', 'March 1, 2026'),
    ...card('Why mooring fees rose along the north shore', 'Harbour Desk', 'February 27, 2026'),
    ...card('A week on the dredger that keeps the port open', 'Quay Weekly', 'February 20, 2026'),
  ];
  const intro = 'Our reporters cover the port, its boats and the people who work on the water every day.';
  const closing = 'Every story on this page was written by the harbour team and checked by the port office.';
  const page = ['Harbour stories', intro, ...cards, closing, 'Home', 'Contact'];
  const listing = await run(page);
  assert.ok(listing.main?.body.includes('Coast Notes · March 1, 2026'), listing.main?.body);
  assert.ok(listing.main?.body.includes('Quay Weekly · February 20, 2026'), listing.main?.body);
  const off = await run(page, { disable: ['story/card-stamps'] });
  assert.ok(!off.main?.body.includes('Coast Notes · March 1, 2026'), off.main?.body);
  // Bare dates beside the titles name nothing: the stamp rule takes them.
  const bare = await run(page.map((l) => l.replace(/^.* · /u, '')));
  assert.ok(!bare.main?.body.includes('March 1, 2026'), bare.main?.body);
  // A thread's post headers (a poster, a time, the post's number) are no cards.
  const posts = ['Which ferry runs on Sunday mornings now', ...[1, 2, 3, 4].flatMap((n) => [`sailor${n} March ${n}, 2026, 7:3${n}pm ${n}`, 'Does anyone know which of the new boats takes bicycles on board', prose('ferry timetable', 1)])];
  const thread = await run(posts);
  assert.ok(!thread.main?.body.includes('7:32pm'), thread.main?.body);
  // One stamp under a story's headline is the story's date.
  const story = await run(['How the night ferry got its timetable back', 'Harbour Desk · March 3, 2026', prose('ferry timetable', 4), prose('harbour plan', 3)]);
  assert.ok(!story.main?.body.includes('March 3, 2026'), story.main?.body);
  assert.equal(story.main?.published?.slice(0, 10), '2026-03-03');
});

test('story/mega-menu: a run of short lines holding "All …" category links is a menu and goes, the grid under it stays; one such line alone is no menu', async () => {
  const menu = ['Seeds', 'All Seeds', 'Vegetable Seeds', 'Flower Seeds', 'Herb Seeds', 'Tools', 'All Tools', 'Hand Trowels', 'Pruning Shears', 'Watering Cans', 'Pots', 'All Pots', 'Clay Pots', 'Hanging Baskets', 'Window Boxes'];
  const grid: string[] = [];
  for (const [name, price] of [['Copper watering can', '$38.00'], ['Oak handled trowel', '$19.50'], ['Glazed clay pot, large', '$27.00'], ['Folding kneeler pad', '$15.00'], ['Linen seed pouch set', '$12.00'], ['Brass hose nozzle', '$22.00'], ['Willow plant supports', '$9.50'], ['Cedar raised bed kit', '$140.00'], ['Bamboo cane bundle', '$8.00'], ['Galvanised garden fork', '$34.00'], ['Jute twine spool', '$6.50'], ['Terracotta herb trio', '$29.00']]) {
    grid.push('', name as string, price as string, 'Quick view');
  }
  const lines = ['Greenhouse Supply', 'Sign in', '', ...menu, '', 'Garden tools (8 items)', ...grid];
  const cut = await run(lines);
  assert.ok(cut.main?.body.includes('Cedar raised bed kit'), cut.main?.body);
  assert.ok(!cut.main?.body.includes('Pruning Shears'), cut.main?.body);
  assert.ok(cut.removed.some((r) => r.rule === 'story/mega-menu' && r.text === 'All Tools'));
  // One "All …" line among short lines (a filter's "All Colours") says nothing of a menu.
  const one = await run(lines.map((l) => (l === 'All Tools' || l === 'All Pots' ? 'Garden Gloves' : l)));
  assert.ok(!one.rules.has('story/mega-menu'));
});

test('story/card-heads: title-case card headings over their summaries stay in the body; a stamp line, a repeated line, a box label and a lone heading do not', async () => {
  const summary = (topic: string): string => `A short report on the ${topic}, with what the harbour office said about it and what comes next for the crews.`;
  // Each card opens with its section and kind, so its heading ends a run of short lines the judge drops.
  const cards = (heads: string[]): string[] => heads.flatMap((h, k) => [`Section ${k + 1}`, 'Port News', h, summary(`item number ${k + 1} of the week`)]);
  const heads = ['Port Authority Buys 3 New Tugboats', 'North Pier Reopens After Storm Repairs', 'Harbour Pilots Agree New Night Rota'];
  const intro = 'Our reporters cover the port, its boats and the people who work on the water every day of the year.';
  const closing = 'Every story on this page was written by the harbour team and checked by the port office before it ran.';
  const page = ['Harbour news', intro, ...cards(heads), closing, 'Home', 'Contact'];
  const kept = await run(page);
  // The first card's heading may be taken for the page's title; the others are the body's.
  for (const h of heads.slice(1)) assert.ok(kept.main?.body.includes(h), kept.main?.body);
  const off = await run(page, { disable: ['story/card-heads'] });
  assert.ok(!off.main?.body.includes('North Pier Reopens'), off.main?.body);
  // A card's stamp line ("2 hours ago", a clock time) is no heading.
  const stamped = await run(['Harbour news', intro, ...cards(['Harbour Desk 2 hours ago', 'Quay Weekly Tuesday at 4:27 PM', ...heads]), closing]);
  assert.ok(!stamped.main?.body.includes('2 hours ago'), stamped.main?.body);
  assert.ok(!stamped.main?.body.includes('4:27 PM'), stamped.main?.body);
  // A line printed again (a poster card's label) and a related box's label are no headings.
  const repeated = await run(['Harbour news', intro, ...cards(['Harbour Desk Staff', 'Harbour Desk Staff', ...heads]), closing]);
  assert.ok(!repeated.main?.body.includes('Harbour Desk Staff'), repeated.main?.body);
  // One such line alone is as often a box's label or a teaser's headline.
  const lone = await run(['Harbour news', intro, prose('harbour plan', 2), 'Section 1', 'Port News', 'Pilots Agree New Rota', summary('night rota'), closing]);
  assert.ok(!lone.main?.body.includes('Pilots Agree New Rota'), lone.main?.body);
});

test("story/short-lines: a cookie dialog's sentences are no prose of the page; a catalogue whose only paragraph is the dialog keeps its items", async () => {
  const items = Array.from({ length: 8 }, (_, i) => [`Ceramic bowl number ${i} glazed in sea green`, `${30 + i} euros`]).flat();
  // Below the footer, the site's consent line, a sentence long enough to outweigh the catalogue's short lines as prose.
  const dialog = 'To run this shop, we record data about each visit. By using the shop, you agree to our privacy notice, including its cookie rules.';
  const { result } = await run(['Home', 'Contact', 'Bowls', ...items, 'Home', 'Contact', dialog]);
  const body = result.stories[0]?.body ?? '';
  assert.ok(body.includes('Ceramic bowl number 3 glazed in sea green'), body);
  assert.ok(!body.includes('We use cookies'), body);
});

test('story/section-blurbs: a near-good sentence under its heading between short lines stays in the body; one under a line with a digit, or one the judge finds bad on its own, does not', async () => {
  const intro = 'The harbour boatyard has looked after fishing boats, ferries and small yachts on this coast for three generations, and our crews know the local waters well.';
  const closing = 'Every job is quoted in writing before work starts, and the yard office will call you when your boat is ready to go back in the water.';
  // Sentences with a fair share of stopwords but under the judge's bar for good: near-good on their own.
  const rigging = 'Trained riggers replace worn standing rigging, halyards and sheets, then tune each mast for balanced sailing.';
  const engines = 'Certified engineers service inboard diesels, outboard motors and generators, logging every part replaced.';
  const paint = 'Experienced painters strip, fair and recoat hulls with durable antifouling systems suited to colder waters.';
  const page = (sections: string[]): string[] => ['Harbour Boatyard', intro, 'Services', 'What we do', 'Yard crews', ...sections, 'Opening hours', 'Weekdays', 'Saturdays', closing, 'Home', 'Contact'];
  const kept = await run(page(['Rigging and masts', rigging, 'Engine care', engines, 'Hull painting', paint]));
  for (const s of [rigging, engines, paint]) assert.ok(kept.main?.body.includes(s), kept.main?.body);
  // Their headings come back with them (story/card-heads).
  assert.ok(kept.main?.body.includes('Engine care'), kept.main?.body);
  const off = await run(page(['Rigging and masts', rigging, 'Engine care', engines, 'Hull painting', paint]), { disable: ['story/section-blurbs'] });
  assert.ok(!off.main?.body.includes(engines), off.main?.body);
  // A line with a digit above it is a card's or a post's field (an age, a list number), not a heading.
  const dated = await run(page(['Rigging and masts', rigging, 'Posted 2 days ago', engines, 'Hull painting', paint]));
  assert.ok(!dated.main?.body.includes(engines), dated.main?.body);
  // A sentence with few stopwords (a list of parts) is bad on its own: its heading does not make it body.
  const parts = 'Skilled welders restore damaged rudders, propeller shafts and keel fittings using certified marine-grade alloys.';
  const welded = await run(page(['Rigging and masts', rigging, 'Welding work', parts, 'Hull painting', paint]));
  assert.ok(!welded.main?.body.includes(parts), welded.main?.body);
  assert.ok(welded.main?.body.includes(paint), welded.main?.body);
});

test('story/short-lines: the menu, cart and sort control above a grid\'s results count go, its introduction stays; a count under the grid moves nothing', async () => {
  const menu = ['Kettles', 'Teapots', 'Loose leaf', 'Gift sets', 'Browse everything', 'Basket', 'Your basket is empty.', 'Choose your country'];
  const intro = 'Every pot below is thrown by hand in our workshop by the estuary, glazed twice and fired slowly.';
  const head = ['Showing all 26 results', 'Default sorting', 'Sort by newest'];
  const cards = Array.from({ length: 26 }, (_, i) => [`Stoneware teapot in river blue number ${i}`, `${30 + i} euros`]).flat();
  const { main, removed } = await run([...menu, intro, ...head, ...cards, 'Delivery and returns']);
  const body = main?.body ?? '';
  assert.ok(body.includes('Stoneware teapot in river blue number 3'), body);
  assert.ok(body.includes(intro), body);
  for (const line of ['Teapots', 'Your basket is empty.', 'Choose your country', ...head]) assert.ok(!body.includes(line), line);
  // The title search takes the menu's "Browse everything" for a headline, so the lines above it go as the header above a headline.
  assert.ok(removed.some((r) => r.text === 'Teapots' && r.rule === 'story/before-body'));
  // With the shop's heading on top (its breadcrumb's last crumb, then the heading), the grid's results count is what sends the menu out.
  const headed = await run(['Handmade teapots', 'Handmade teapots', ...menu, intro, ...head, ...cards, 'Delivery and returns']);
  assert.ok(headed.main?.body.includes(intro), headed.main?.body);
  assert.ok(headed.removed.some((r) => r.text === 'Teapots' && r.rule === 'story/short-lines' && /results count or sort control/.test(r.reason)));
  // The same count printed under the grid is its pager: the lines above it are the grid itself.
  const pager = await run([...menu, ...cards, 'Showing 1 to 26 of 26 results']);
  assert.ok(pager.main?.body.includes('Teapots'), pager.main?.body);
  assert.ok(pager.main?.body.includes('Stoneware teapot in river blue number 3'), pager.main?.body);
});
