import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BOILERPLATE_RULES } from '../src/rules/boilerplate.js';
import { META_RULES } from '../src/rules/metadata-lines.js';
import type { Rule, RuleContext } from '../src/rules/rule.js';
import type { Block } from '../src/types.js';
import { WIDGET_RULES } from '../src/rules/widgets.js';
import { clean, listRules } from '../src/index.js';
import { ctxOf, line } from './support/blocks.js';

/** Runs one rule on `texts[index]`: the drop reason, or null when the rule keeps the line. */
function verdict(rule: Rule, texts: readonly string[], index = 0): string | null {
  const { block, ctx } = ctxOf(texts, index);
  return rule.test(block, ctx);
}

const ALL: readonly Rule[] = [...WIDGET_RULES, ...BOILERPLATE_RULES, ...META_RULES];
const rule = (id: string): Rule => {
  const r = ALL.find((x) => x.id === id);
  assert.ok(r, `rule ${id} exists`);
  return r;
};

const STORY =
  'The new tram bridge over the river was lifted into place on Sunday morning, two years after work began, and the city says the first trams will cross it in the spring once the tracks and wires are in.';

/** Per rule: lines it must drop (with a reason matching `reason`) and lines it must keep. */
const CASES: Record<string, { drop: [string[], number, RegExp][]; keep: [string[], number][] }> = {
  'widget/tiny-line': { drop: [[['TT'], 0, /2 character/]], keep: [[['OK then, we go.'], 0]] },
  'widget/number-only': {
    // A date range or a version's row is no stamp of the story; a line that is one printed date is (meta/timestamp reads it).
    drop: [[['20'], 0, /number alone: "20"/], [['1/2'], 0, /number alone/], [['1/27/2026 - 3/24/2026'], 0, /number alone/], [['2.53.0   2026-02-02'], 0, /number alone/]],
    keep: [[['20 people died.'], 0], [['06.18.2025'], 0], [['19/12/2025'], 0]],
  },
  'widget/counter': {
    // In a dump a dotted date is a timestamp (meta/timestamp reads it), not a count.
    drop: [[['12 Comments'], 0, /counter/], [['5 min read'], 0, /counter/], [['3.481'], 0, /counter/]],
    keep: [[['12 comments were removed by moderators.'], 0], [['14.03.2022'], 0], [['09.27.2023'], 0]],
  },
  'widget/post-stats': {
    drop: [[['1,204 posts'], 0, /post statistics: "1,204 posts"/], [['Posts: 1,204'], 0, /post statistics/], [['Reaction score'], 0, /post statistics/], [['Viewed 11k times'], 0, /post statistics/], [['Asked 13 years, 8 months ago'], 0, /post statistics/]],
    keep: [[['Posts: the bridge opens in May'], 0], [['Joined the club in 2019 and never left.'], 0], [['12 posts were cut from the budget this year.'], 0], [['Asked 3 years ago, the mayor said no.'], 0]],
  },
  'widget/thread-label': {
    drop: [[['Original poster'], 0, /thread label: "Original poster"/], [['Click to expand...'], 0, /thread label/], [['Similar threads'], 0, /thread label/]],
    // A reply button is a comment mark: a dump's comment section is found by it.
    keep: [[['Reply'], 0], [['Member states agreed on the budget.'], 0]],
  },
  'widget/sort-label': {
    drop: [[['Sorted by:'], 0, /sort or filter label: "Sorted by:"/], [['Sort by'], 0, /sort or filter label/], [['Filter & Sort'], 0, /sort or filter label/], [['Sort:'], 0, /sort or filter label/],
      [['Sort: Top Picks'], 0, /sort or filter label: "Sort: Top Picks"/], [['Sort By:Most Popular'], 0, /sort or filter label/], [['View:48'], 0, /sort or filter label/], [['Show:'], 0, /sort or filter label/]],
    // A sentence that starts like the label, and a bare word (a manual's "Sort" heading), stay.
    keep: [[['Sort by size before you pack the boxes.'], 0], [['Sort'], 0], [['Filters'], 0], [['Sort by: the oldest letters first, then the rest'], 0], [['Show: The Late Hour'], 0]],
  },
  'widget/skip-link': {
    // HTML only: its drop cases are in the test after this table (a dump's skip links mark its page header).
    drop: [],
    // A sentence that starts like the link (a manual's step) stays, and so does a contents label.
    keep: [[['Skip to step 4 if the tank is already full.'], 0], [['Jump to:'], 0]],
  },
  // HTML only: its drop cases are in the test after this table; a dump's placeholder line may be a tutorial's code.
  'widget/placeholder': { drop: [], keep: [[['{{ form.subject }}'], 0], [['Write {{ name }} where the greeting should go.'], 0]] },
  'widget/filler-text': {
    drop: [[['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.'], 0, /filler text: "Lorem ipsum dolor/], [['Lorem Ipsum 3'], 0, /filler text/],
      [['Lorem ipsum'], 0, /filler text/], [['Lorem Ipsum is simply dummy text of the typesetting trade.'], 0, /filler text/]],
    // A sentence about the filler, and a line that opens with other Latin, stay.
    keep: [[['Designers call this placeholder lorem ipsum, after its first words.'], 0], [['Lorem ipsum texts date back to a 1914 edition of Cicero.'], 0], [['Lorem tenebris urbem texit.'], 0]],
  },
  'widget/share-bar': {
    drop: [[['Share Tweet Email'], 0, /share-bar labels/], [['Teilen'], 0, /share-bar/]],
    keep: [[['Share prices fell sharply on Monday.'], 0]],
  },
  'boilerplate/notice': {
    drop: [[['We use cookies to improve your experience. Accept all'], 0, /notice phrase "We use cookies"/], [['Sign up for our daily newsletter'], 0, /notice phrase/], [['Please support our journalism with a small gift.'], 0, /notice phrase/],
      [['Wenn du weiterklickst, stimmst du der Verwendung von Cookies zu. Mehr dazu'], 0, /notice phrase "stimmst du der Verwendung von Cookies zu"/],
      [['Diese Seite ist werbefrei, aber wir nutzen Cookies für die Statistik.'], 0, /notice phrase "wir nutzen Cookies"/],
      [['Dziękujemy za wizytę. Informujemy, że korzystamy z cookies.'], 0, /notice phrase "korzystamy z cookies"/],
      [['Comments are closed.'], 0, /notice phrase "Comments are closed"/], [['Kommentare deaktiviert'], 0, /notice phrase/],
      [['Subscribe to weekly email updates'], 0, /notice phrase/], [['The Harbour Post would like to send you push notifications.'], 0, /notice phrase/],
      [['Unterstützen Sie diese Form des Journalismus.'], 0, /notice phrase/],
      [['Síguenos en Instagram y Facebook para más noticias.'], 0, /notice phrase "Síguenos en"/], [['Folge uns auf Instagram für mehr Rezepte.'], 0, /notice phrase "Folge uns auf Instagram"/], [['Breaking news on the go: download the Harbour Post apps for iOS and Android.'], 0, /notice phrase "download the Harbour Post apps"/],
      [['Get our headlines straight to your phone.'], 0, /notice phrase/], [['¿Ya viste lo nuevo en nuestro canal de YouTube?'], 0, /notice phrase/],
      [['Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.'], 0, /notice phrase "gibt die Meinung des Autors"/],
      [["Les opinions publiées ici n'engagent que leurs auteurs."], 0, /notice phrase/], [['The views expressed in this column are those of the author.'], 0, /notice phrase/],
      [['Hinweis: Dieser Artikel enthält Werbung.'], 0, /notice phrase "enthält Werbung"/], [['This post contains affiliate links.'], 0, /notice phrase/],
      [['Harbourtools uses cookies to run the shop, count visits, remember your basket and tailor its adverts. By browsing on, you agree to it.'], 0, /notice phrase "uses cookies to run/]],
    keep: [
      [['The bakery uses butter and flour from local farms.'], 0], [['Die Bäckerei backt Cookies mit Hafer, die wir nutzen, um neue Rezepte zu testen.'], 0],
      [['Public comments are closed until May, the council said.'], 0], [['Die Kommentare der Leser waren deutlich.'], 0],
      [['Die Polizei folgt uns auf der Autobahn.'], 0], [['Users can download the timetable as a PDF.'], 0], [['Die Fans folgen uns seit Jahren.'], 0],
      [['The new tracker uses cookies that no browser setting can clear, the study found.'], 0],
      [['Die Umfrage gibt die Meinung der Mehrheit wieder.'], 0], [['Der Sender nannte den Kanal „canal de noticias“.'], 0], [['Das Magazin enthält Berichte und Werbung für Reisen.'], 0],
    ],
  },
  'boilerplate/copyright': { drop: [[['© 2024 Example Media GmbH'], 0, /© in a \d+-character line/]], keep: [[['The copyright law changed in 2019.'], 0]] },
  'boilerplate/read-more': { drop: [[['Read more »'], 0, /read-more link/], [['Weiterlesen'], 0, /read-more/]], keep: [[['Read more books, the doctor said.'], 0]] },
  'nav/menu-line': {
    drop: [[['date 2025-02-16 Menu Explore'], 0, /2 of 3 words are navigation words/], [['Home Search Sign in'], 0, /navigation words/]],
    keep: [[['Search for survivors continues in flooded valley'], 0], [['Home prices rose again last month.'], 0]],
  },
  'nav/glued-menu': {
    drop: [
      [['Garden ToolsHose ReelsWatering CansPlanters & PotsLawn Mowers'], 0, /4 places in 6 words where menu items were glued/],
      // An item may hold a comma; the glue still outnumbers it two to one.
      [['Rain GearBoots, Hats & GlovesTents & TarpsCamp StovesSleeping Bags'], 0, /places in \d+ words/],
    ],
    keep: [
      // Product names in camel case inside a sentence, one identifier, and a line of code.
      [['We compared TurboTax, FreeTaxUSA and TaxAct for a small bakery this spring.'], 0],
      [['FetchFromCacheMiddleware'], 0],
      [['const itemList = buildItemList(rawItems);'], 0],
      // A headline naming camel-case brands, a class tree, a shell path, a flattened table row.
      [['Startup roundup: PixelForge, CodeNest & DataHive win HackWeek'], 0],
      [['BaseError +-- LookupFault | +-- KeyFault | +-- IndexFault'], 0],
      [['rm /var/lib/AppData/CacheStore OldFiles/LogStore'], 0],
      [['StepWhat You LearnTools1Basic setupShell commands2First scriptVariables'], 0],
    ],
  },
  'nav/breadcrumb': { drop: [[['Home > News > World'], 0, /breadcrumb of 3 parts/]], keep: [[['Profits rose > 20% in the quarter, the report said.'], 0]] },
  'meta/caption-credit': {
    drop: [
      [['Workers repair the dam near the village, on March 3, 2024. (AFP)'], 0, /photo credit "\(AFP\)"/],
      [['The harbour at dawn. (AP Photo/Jane Roe, File)'], 0, /photo credit/],
      [['Der Hafen am Morgen. Foto: Max Muster'], 0, /photo credit/],
      // Credit words the tail did not read: "Credit", "Image Credit", a lower-case "photo", a
      // domain or closing full stop inside the credit, a parenthesised Spanish credit.
      [['Credit: Lumen Studio'], 0, /photo credit "Credit: Lumen Studio"/],
      [['Image Credit: harbourphotos.example.com'], 0, /photo credit/],
      [['A ferry leaves the quay at dusk. Foto: Archivo Diario Sur.'], 0, /photo credit/],
      [['The old town square in winter, photo: City Archive'], 0, /photo credit/],
      [['(crédito: Ana Ruiz/Agencia Sur)'], 0, /photo credit/],
      // An agency alone after the caption's sentence, a photographer/agency line, a "(Quelle: …)" tail.
      [['Penguins on the ice near the research station last February. EFE'], 0, /photo credit "\. EFE"/],
      [['Mara Lind/PressPix.com'], 0, /photo credit "Mara Lind\/PressPix\.com"/],
      [['Neue Kurse beginnen im März. (Quelle: Verband/Archiv)'], 0, /photo credit "\(Quelle: Verband\/Archiv\)"/],
      // A free or stock image site closing the caption; a bracketed credit before the sentence's full stop.
      [['Photo by Lena Park on Unsplash'], 0, /photo credit "on Unsplash"/],
      [['Ein Lager am Stadtrand / Quelle: Fotolia.com'], 0, /photo credit/],
      [['The mayor opens the new quay (Foto: Ana Ruiz/Agencia Sur).'], 0, /photo credit/],
    ],
    keep: [
      // A stock image site named in a feature list, not after "on", "via", a slash or a colon.
      [['Supports Unsplash'], 0],
      [['The agency said the deal was signed in Paris on Monday.'], 0],
      // A config line and a tax credit are no captions.
      [['image: nginx:1.25'], 0],
      [['The family Tax Credit: up to 500 dollars per child'], 0],
      // A source line is no photo credit, and a pair of names with a slash is no credit line.
      [['Quelle: Stadtverwaltung Musterstadt'], 0],
      [['Ceasefire talks: Lisbon/Madrid'], 0],
    ],
  },
  'meta/timestamp': {
    drop: [
      [['Feb 16, 2025 05:45 AM IST'], 0, /timestamp 2025-02-16T05:45:00\+05:30/],
      [['Updated 3 March 2024'], 0, /timestamp 2024-03-03/],
      [['19. Oktober 2019, 19:08 Uhr'], 0, /timestamp 2019-10-19T19:08:00/],
    ],
    keep: [[['The treaty was signed on 3 March 2024 after long talks between the two sides.'], 0]],
  },
  'meta/byline': { drop: [[['By Jane Doe'], 0, /byline of 3 words/], [['Von Heike Muster'], 0, /byline/]], keep: [[['By the end of the week, prices had doubled.'], 0]] },
  'meta/source': { drop: [[['Reuters |'], 0, /news agency "Reuters"/], [['City Courier |'], 0, /short name "City Courier"/]], keep: [[['Reuters reported the deal.'], 0]] },
};

describe('text line rules: every rule has a drop case with its reason and a keep case', () => {
  for (const [id, cases] of Object.entries(CASES)) {
    test(id, () => {
      for (const [texts, index, reason] of cases.drop) {
        const got = verdict(rule(id), texts, index);
        assert.ok(got !== null, `${id} should drop ${JSON.stringify(texts[index])}`);
        assert.match(got, reason);
      }
      for (const [texts, index] of cases.keep) assert.equal(verdict(rule(id), texts, index), null, `${id} should keep ${JSON.stringify(texts[index])}`);
    });
  }

  test('every block rule is covered by a case above', () => {
    assert.deepEqual(ALL.map((r) => r.id).filter((id) => !(id in CASES)), []);
  });

  test('listRules lists block and stage rules with descriptions, ids unique', () => {
    const rules = listRules();
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of [...ALL.map((r) => r.id), 'story/terminator', 'segment/appended-story']) assert.ok(ids.includes(id), id);
    for (const r of rules) assert.ok(r.describe.length > 10, r.id);
  });
});

test('widget/placeholder drops an HTML line of unfilled template slots; keeps one the author set as code, and prose quoting one', () => {
  const r = rule('widget/placeholder');
  const html = (text: string, extra: Partial<Block> = {}): Block => line(text, 0, { where: 'div.alert', kind: 'paragraph', ...extra });
  const ctx = (b: Block): RuleContext => ({ blocks: [b], index: 0, lang: 'en', title: undefined });
  for (const text of ['{{ board.errors[7].message }}', '{% csrf_token %} {{ form }}', '{{{ item.price_html }}}']) {
    const b = html(text);
    assert.match(r.test(b, ctx(b)) ?? '', /unfilled template placeholder/, text);
  }
  const code = html('{{ field.label }}', { shape: { path: [], inline: [{ type: 'code', text: '{{ field.label }}' }] } });
  assert.equal(r.test(code, ctx(code)), null, 'a manual\'s term set as code');
  for (const text of ['Write {{ name }} where the greeting should go.', '{}']) {
    const b = html(text);
    assert.equal(r.test(b, ctx(b)), null, text);
  }
});

test('widget/skip-link drops an HTML line made only of skip links; keeps a sentence that starts like one, and a dump\'s line', () => {
  const r = rule('widget/skip-link');
  const html = (text: string): Block => line(text, 0, { where: 'a.visually-hidden', kind: 'paragraph' });
  const ctx = (b: Block): RuleContext => ({ blocks: [b], index: 0, lang: 'en', title: undefined });
  for (const text of ['Skip to item grid', 'skip to main contentskip to footer', 'Jump to recipe']) {
    const b = html(text);
    assert.match(r.test(b, ctx(b)) ?? '', /skip link: /, text);
  }
  for (const text of ['Skip to step 4 if the tank is already full.', 'Jump to:']) {
    const b = html(text);
    assert.equal(r.test(b, ctx(b)), null, text);
  }
  const dumped = line('Skip to item grid', 0);
  assert.equal(r.test(dumped, ctx(dumped)), null, 'a dump\'s skip link marks its page header');
});

describe('features', () => {
  test('wordCount: spaced scripts by words, Han and kana by characters', async () => {
    const { wordCount, isProse } = await import('../src/lexicon/features.js');
    assert.equal(wordCount("Rock 'n' roll isn't dead, the critic-in-chief said."), 8);
    assert.equal(wordCount('数字赋能农业。'), 6);
    assert.equal(wordCount('東京タワー'), 5);
    assert.equal(isProse('这个洞庭湖区的重要城市。'), true);
  });

  test('isSentenceCase: under half the longer words capitalised; a menu or headline in title case is not', async () => {
    const { isSentenceCase } = await import('../src/lexicon/features.js');
    assert.equal(isSentenceCase('Wall charger not included'), true);
    assert.equal(isSentenceCase('“Quiet” fans and a steel case'), true);
    assert.equal(isSentenceCase('Wall Chargers & Cables'), false);
    assert.equal(isSentenceCase('New Roof'), false);
    assert.equal(isSentenceCase('is it on'), false, 'no word long enough to tell');
  });

  test('the memos hold nothing of a document once clean() is done with it', async () => {
    const { isProse } = await import('../src/lexicon/features.js');
    const { heldTexts } = await import('../src/lexicon/memo.js');
    // Memo keys are slices of the page's text, which keep the whole page string alive.
    isProse('A sentence that the memo now holds.');
    assert.ok(heldTexts() > 0);
    const page = '<html><body><article><h1>Title here</h1><p>One paragraph of prose that the rules read, with words.</p></article></body></html>';
    const result = await clean(page);
    assert.ok(result.stories.length > 0);
    assert.equal(heldTexts(), 0);
  });

  test('a memo with a budget keeps values until they weigh the budget, then only computes them', async () => {
    const { heldTexts, holdTexts, memo, releaseTexts } = await import('../src/lexicon/memo.js');
    let calls = 0;
    const letters = memo(
      (text: string) => {
        calls++;
        return [...text];
      },
      (chars) => chars.length,
      10,
    );
    holdTexts();
    try {
      const before = heldTexts();
      assert.deepEqual(letters('abcdef'), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(letters('ghij'), ['g', 'h', 'i', 'j']);
      assert.deepEqual(letters('klm'), ['k', 'l', 'm'], 'past the budget the value is still returned');
      assert.equal(heldTexts() - before, 2, 'the third value would weigh 13 of 10: not kept');
      letters('abcdef');
      letters('klm');
      assert.equal(calls, 4, 'a kept value is not computed again; one past the budget is');
    } finally {
      releaseTexts();
    }
    assert.equal(heldTexts(), 0);
  });
});
