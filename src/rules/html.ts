import type { RuleInfo } from './rule.js';

/**
 * The HTML path's rules, declared here (what each removes) so that `--list-rules` and `--disable`
 * reach them without loading the parser; html/prune and html/filter implement them by id.
 */

/** Pruning rules, in the order html/prune tries them on an element. */
export const HTML_PRUNE_RULES = [
  { id: 'html/hidden', describe: 'hidden elements: the hidden attribute, aria-hidden="true", display:none, hiding classes (sr-only, d-none, and the screen-reader-only classes of SUIT CSS and Drupal: u-hiddenVisually, element-invisible), the body of a tooltip (role=tooltip, "tooltip-content" classes); not a closed panel after its toggle (FAQ answers, accordion sections)' },
  { id: 'html/twin-text', describe: 'an inline element that repeats, word for word, the phrase right before it (4-80 characters): a screen reader\'s or a small screen\'s second copy ("EUR 20.99EUR 20.99")' },
  { id: 'html/footnote-mark', describe: 'a footnote\'s call mark: a superscript number, range or note sign ("1", "2–4", "*", "†") that links to an anchor in the same page; it is no word of the sentence and would glue onto the word before it ("m²", "1st", a bracketed citation "[2]" and marks linking elsewhere stay)' },
  { id: 'html/form', describe: 'forms and their controls (search boxes, sign-up and comment forms)' },
  { id: 'html/nav', describe: 'navigation: <nav>, role=navigation/menu, nav/menu/breadcrumb/pagination classes (not a wrapper so named that holds a grid of 6+ items, each a link with text beside it)' },
  { id: 'html/header', describe: 'the site header: <header>/role=banner/header classes outside the story, or made mostly of links' },
  { id: 'html/footer', describe: 'footers: <footer>, role=contentinfo, footer classes' },
  { id: 'html/aside', describe: 'side content: <aside>, role=complementary, sidebar/widget/rail classes' },
  { id: 'html/cookie', describe: 'cookie and consent banners, pop-ups, dialogs and overlays' },
  { id: 'html/share', describe: 'share bars, social buttons and counters' },
  { id: 'html/newsletter', describe: 'newsletter and subscription prompts, paywall notices' },
  { id: 'html/ad', describe: 'advertising slots and sponsored blocks' },
  { id: 'html/comments', describe: 'reader comments and reply forms' },
  {
    id: 'html/post-comments',
    describe: "on a thread read with its comments (forum pages), the comments on one question or answer (inside a schema.org Question/Answer): remarks on a post, not the thread's posts",
  },
  { id: 'html/related', describe: '"related / recommended / read next / most popular" blocks' },
  { id: 'html/reviews', describe: "shoppers' reviews and rating widgets (review/ratings classes), on product and collection pages only; a grid card's own rating stays, and so do a publisher's \"editorial reviews\" (critics' quotes, the author's note) and a box of at most 1,500 characters that is mostly (half or more) two or more quoted passages with their sources (critics' quotes a game or a book shop prints)" },
  { id: 'html/shopper-reviews', describe: "on every page type but a thread, reviews named for a shop's customers (\"customer-reviews\" classes) or set by a shop's review app (Judge.me, Yotpo, Bazaarvoice, Okendo): shoppers' reviews, never a critic's; a grid card's own rating stays" },
  { id: 'html/author-box', describe: 'author boxes (bio and photo below the story)' },
  { id: 'html/signature', describe: "forum signatures: the lines a poster's profile appends to every post (signature classes)" },
  { id: 'html/tags', describe: 'tag, keyword and category lists' },
] as const satisfies readonly RuleInfo[];

// html/filter's thresholds that its rules' descriptions state.
/**
 * jusText's 0.2 is tuned for all blocks of a page; inside a chosen container, on the dev set,
 * blocks with link density 0.2-0.35 were twice as often story text as furniture, above 0.35 five
 * times more often furniture.
 */
export const MAX_LINK_DENSITY = 0.35;
/** Readability lets long paragraphs hold more links: prose that cites its sources. */
export const MAX_LINK_DENSITY_LONG = 0.5;
export const LONG_BLOCK_CHARS = 200;
/** Headings in one element slot this often are the titles of a grid's cards. */
export const CARD_TITLES = 3;

/** Passes over the blocks inside the chosen container (html/filter). */
export const HTML_FILTER_RULES = [
  {
    id: 'html/link-block',
    describe: `a block (not a table row) whose text is mostly link text (link density over ${MAX_LINK_DENSITY}, ${MAX_LINK_DENSITY_LONG} from ${LONG_BLOCK_CHARS} characters) points elsewhere; not a list item with the story's prose above and below it whose links all go to other sites (the tools, sources or products a story names), nor a block whose links all go to the page's own subpages (under its URL path: a guide's chapters)`,
  },
  { id: 'html/orphan-heading', describe: 'a heading with no text of its own before the next heading of its rank or the end' },
  {
    id: 'html/orphan-card-title',
    describe: `such an orphan heading (html/orphan-heading) that is one of ${CARD_TITLES}+ headings in one element slot and not over a heading of higher rank (an eyebrow): the titles of a grid of cards (a category tile is a picture and its heading); the listing profile keeps them, unless paragraphs of a story hold a quarter of the words (then they are its related links)`,
  },
  {
    id: 'html/after-story',
    describe: "after the story's last good block (jusText labels), paragraphs and headings are the page's tail; lists, code, tables and quotes stay",
  },
  {
    id: 'html/end-label',
    describe: 'a "Related", "More from …", "Tags" label after 60+ words of story drops itself and what follows up to the next paragraph of 25+ words',
  },
] as const satisfies readonly RuleInfo[];

/** Decisions of the HTML extraction over the whole page (html/extract). */
export const HTML_PAGE_RULES = [
  { id: 'html/outside-story', describe: "text outside the chosen story container(s) that no pruning rule took: recorded, not kept", fixed: true },
  { id: 'html/offers', describe: "on a product page, a row of 3+ like tiles that each link elsewhere and show a price or carry a cart button of their own ('Add to cart', 'Buy now'): other products' offers (similar, sponsored, the seller's other items, add-ons)" },
  { id: 'html/price-line', describe: 'on a product page, a line that is only a price (with at most a two-word label): the buy box, not the description' },
  { id: 'html/buy-box', describe: 'on a product page, a line or heading that is only a stock status ("In stock", "Only 3 left", "Sold out") or a cart control ("Add to bag", "Qty:", "Notify me when available") or a delivery offer ("Free shipping over $50", "+ $12.00 delivery"; not in a table) or a loyalty offer ("Members earn 80 points") or a picture viewer\'s control ("Image 1 of 9", "Video") or the shop\'s help, an add-on service or an ad label ("Ask an expert", "Add a protection plan", "Sponsored"): the buy box, not the description' },
  { id: 'html/serialized-data', describe: 'on every page type, a block (not code: never <pre> or <code>) whose whole text is serialized data, {"key":"value",…} or a list of such objects made only of quoted keys and values, none of 4+ words: what the page\'s script reads (a buy box\'s prices, a widget\'s settings), not its words; data holding names or sentences stays (a grid the script fills from it)' },
  { id: 'html/cta', describe: 'on a service page, a line of at most 4 words that is one link alone: a button ("Learn more", "Book a demo")' },
  { id: 'html/code-demo', describe: "on a page the classifier reads as a service, a code block: the product's demo (an editor mock-up, an API sample shown like a screenshot), not the page's words" },
  { id: 'html/offers-label', describe: 'on a product page, a line or heading that is only a label over other products ("Customers also bought", "The seller\'s other items", "Featured products"; not over reviews): the heading of other offers, not the description' },
  { id: 'html/repeated-passage', describe: 'on a product page, a run of 30+ words that repeats, word for word, what the same line said before (a spec field whose value the shop joined from copies of one blurb): the later copies go, the first stays' },
  { id: 'html/product-prose', describe: "on a product page, the paragraphs of prose (100+ characters, 8+ words, no link, ending a sentence) that the content region holds outside the chosen container join the body in the page's order, and so do such items of a list that holds 3 or more of them (feature bullets; one or two are a shop's slogans): the description's other tabs and sections" },
  { id: 'html/empty-shelf', describe: 'on a product page, a heading that labels other pages ("You may also like", "Related products") over a box that holds no text (a shelf the shop\'s script fills after load, or whose tiles html/offers took) goes alone: what follows it is the page\'s next section, which html/end-label would otherwise cut' },
  { id: 'html/review-remains', describe: "on a product page, a review's card (a list item) whose text html/comments took, when at most 250 characters are left in it: the reviewer's masked name, the review's age, a \"verified purchase\" badge, once per review" },
  { id: 'html/fine-print', describe: 'on a product page, an element whose class or id words name it fine print ("disclaimer", "footnotes", "fine print"): the shop\'s small print and the notes its claims point to, not the product' },
  { id: 'html/store-policy', describe: 'on a product page, a section under a shipping, returns or warranty heading (up to 250 words): the shop\'s terms, the same for every product' },
  { id: 'html/review-summary', describe: 'on a product or collection page, a shop\'s summary of its reviews: the section under a "Customers say" heading (the summary, the topics shoppers mention and the quotes behind them; up to 2,000 words), and an "AI-generated from customer reviews" label line; "What our customers say" testimonials stay' },
  { id: 'html/shop-pitch', describe: 'on a product page, a section under a heading that sells the shop rather than the product ("Why shop with us?", "Why <shop> is the best place to buy", "What makes our experts great?"; up to 500 words): the same pitch stands beside every product' },
  { id: 'html/legal-notice', describe: 'on a product page, a block that holds two kinds of legal wording (copyright, rights reserved, trademarks, a licence agreement, terms of service, a privacy policy; en/de/fr/es/it), with the other lines of its container (up to 600 words): the maker\'s fine print, not the product' },
  {
    id: 'html/appended-story',
    describe: 'several <article>/schema.org Article elements with their own headline are separate stories; the main one by URL, canonical link or title, else the first',
  },
] as const satisfies readonly RuleInfo[];

export const HTML_RULES = [...HTML_PRUNE_RULES, ...HTML_FILTER_RULES, ...HTML_PAGE_RULES] as const;

export type HtmlPruneRuleId = (typeof HTML_PRUNE_RULES)[number]['id'];
