import { blockWords, endsSentence } from '../lexicon/features.js';
import { isEndLabel as endsStory } from '../rules/end-labels.js';
import { CARD_TITLES, LONG_BLOCK_CHARS, MAX_LINK_DENSITY, MAX_LINK_DENSITY_LONG } from '../rules/html.js';
import { isDisabled, type RemovalLog } from '../rules/rule.js';
import type { Block, Inline } from '../types.js';
import { judge, relabel } from '../rules/quality.js';
import { CELL_SEPARATOR } from './blocks.js';
import { chooseLang } from '../lexicon/languages.js';
import { READ_MORE } from '../lexicon/patterns.js';

/** boilerpipe: terminating blocks end the article only after this much body. */
const END_AFTER_WORDS = 60;
/** A label followed by a paragraph this long is a subheading, not the end. */
const PARAGRAPH_AFTER_END = 25;
export const END_LABEL_MAX_CHARS = 80;

/**
 * Cleaning inside the chosen container, where pruning by class names has already run: links to
 * other pages, the "related / read next" tail, and headings left without text. Four passes (the
 * HTML_FILTER_RULES), in this order, because each needs the survivors of the one before.
 */
export function filterBlocks(blocks: readonly Block[], log: RemovalLog, disable: readonly string[], lang?: string, url?: string, product = false): Block[] {
  let kept = [...blocks];
  if (!isDisabled('html/link-block', disable)) kept = dropLinkBlocks(kept, log, hostOf(url), subpagesOf(url));
  if (!isDisabled('html/end-label', disable)) kept = cutAtEndLabel(kept, log, blocks);
  if (!isDisabled('html/after-story', disable)) kept = trimTail(kept, log, lang, product);
  if (!isDisabled('html/orphan-heading', disable)) kept = dropOrphanHeadings(kept, log, !isDisabled('html/orphan-card-title', disable));
  return kept;
}

/** Structure the author built (lists, code, tables, quotes) stays even after the last good paragraph. */
const STRUCTURED: ReadonlySet<Block['kind']> = new Set(['list-item', 'code', 'table', 'quote']);

/**
 * jusText's labels (rules/quality) over the container's blocks: after the last good block,
 * paragraphs and headings are the page's tail (contacts, notices, sign-up prompts). On the dev
 * set this dropped 72 furniture snippets for 44 story snippets (sign-offs, one-line notes).
 * Lines that go on in elements like the last good paragraph's, under the same parent and with
 * no other element between, were written into the story (a sign-off, a source, a closing note):
 * the page's furniture sits in boxes of its own. They stay for the line rules to judge
 * (trafilatura dev: tp +29, fp -1; a sibling of another kind, a <div> after the <p>s, still goes).
 * `product`: a product's description often sets its features as a list between its paragraphs,
 * and the lines after that list in the description's own element are the product's facts
 * (ingredients, materials, care); there the kept list does not end the run. After an
 * article's closing list, a line is the page's tail ("Contact: the press office").
 */
function trimTail(blocks: readonly Block[], log: RemovalLog, known: string | undefined, product: boolean): Block[] {
  const lang = chooseLang(known, [], blocks);
  const labels = relabel(blocks, blocks.map((b) => judge(b, lang)));
  const last = labels.lastIndexOf('good');
  if (last < 0) return [...blocks];
  const home = (blocks[last] as Block).where;
  let own = home.includes(' > ');
  return blocks.filter((b, i) => {
    if (i <= last) return true;
    if (product && STRUCTURED.has(b.kind)) return true;
    own &&= b.where === home;
    if (own || STRUCTURED.has(b.kind)) return true;
    log.drop(b, 'html/after-story', `after the story's last good block (${labels[i] ?? '?'})`);
    return false;
  });
}

/** A paragraph of the story's prose: this many words at most this link density (jusText's 0.2). */
const PROSE_WORDS = 25;
const PROSE_MAX_LINKS = 0.2;

function isStoryParagraph(b: Block): boolean {
  return b.kind === 'paragraph' && b.linkDensity < PROSE_MAX_LINKS && blockWords(b) >= PROSE_WORDS;
}

/**
 * A list of links to other sites with the story's prose both above and below it in the container
 * is part of the story (the tools, sources or products it names); a list of the site's own pages
 * between paragraphs is a related-stories box (a table of contents repeats the headings below
 * it), and at the story's end a list of links points elsewhere. One pass from the end marks
 * which blocks have prose after them.
 */
function proseAfter(blocks: readonly Block[]): boolean[] {
  const after = new Array<boolean>(blocks.length).fill(false);
  let seen = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    after[i] = seen;
    if (isStoryParagraph(blocks[i] as Block)) seen = true;
  }
  return after;
}

function dropLinkBlocks(blocks: readonly Block[], log: RemovalLog, host: string | undefined, below: string | undefined): Block[] {
  // Link blocks repeat one reason (a menu's links: "link density 1.00 … (12 characters)"): each
  // distinct one is written once per page, not once per link.
  const reasons = new Map<string, string>();
  const after = proseAfter(blocks);
  let before = false;
  return blocks.filter((b, i) => {
    const prose = before;
    if (!before && isStoryParagraph(b)) before = true;
    // Table rows link their items (products, downloads) and belong to the story's table.
    if (b.kind === 'table') return true;
    const limit = b.text.length >= LONG_BLOCK_CHARS ? MAX_LINK_DENSITY_LONG : MAX_LINK_DENSITY;
    if (b.linkDensity <= limit) return true;
    // Links are read only now, for the blocks the density would drop.
    if (host !== undefined && b.kind === 'list-item' && prose && after[i] === true && everyLink(b.shape?.inline, host, (to) => to.host !== host)) return true;
    // Links to the page's own subpages (under its URL path) are its table of contents, a guide's
    // chapters: no related box links downwards. WCXB dev pages: +0.73 F1 summed (16 up, 12 down).
    if (host !== undefined && below !== undefined && everyLink(b.shape?.inline, host, (to) => to.host === host && to.path.startsWith(below) && to.path.length > below.length)) return true;
    const density = b.linkDensity.toFixed(2);
    const key = `${density} ${b.text.length}`;
    let reason = reasons.get(key);
    if (reason === undefined) {
      reason = `link density ${density} over ${limit} (${b.text.length} characters)`;
      reasons.set(key, reason);
    }
    log.drop(b, 'html/link-block', reason);
    return false;
  });
}

/**
 * A "Read more" that links nowhere is a control that unfolds the text after it (a collapsed
 * description, a product's requirements), not the heading of links to other pages.
 */
function isEndLabel(b: Block): boolean {
  // A row of cells ("Recommended wattage | 850 W") is a line of the table's data, not a heading
  // (a layout table's one-cell row still can be).
  if ((b.kind === 'table' && b.text.includes(CELL_SEPARATOR)) || (b.linkDensity === 0 && READ_MORE.test(b.text))) return false;
  return b.text.length <= END_LABEL_MAX_CHARS && endsStory(b.text);
}

/** Items that list the label's own content rather than links to other pages. */
const LISTED: ReadonlySet<Block['kind']> = new Set(['list-item', 'table']);

/**
 * Whether the blocks under a label, up to the next real paragraph, are a list of its own: mostly
 * list items or table rows (a note or a sub-label between them), none of them with a link
 * ("Recommended:" over a game's system requirements, "Recommended power level" over a
 * specification table). A related box is links; these are read before html/link-block, so a box
 * whose links went with it still counts as one. Under "Tags", a tag line and an author's name and
 * role are no list of the label's own.
 */
export function listsOwnItems(blocks: readonly Block[], from: number): boolean {
  let listed = 0;
  let other = 0;
  for (let i = from + 1; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (isParagraph(b)) break;
    if (b.linkDensity > 0) return false;
    if (LISTED.has(b.kind)) listed++;
    else if (b.kind !== 'heading') other++;
  }
  return listed > other;
}

/**
 * An end label drops itself and what follows it up to the next real paragraph (25+ words, no
 * links): at the story's end that is everything; for a "Read also" box inside the story, only
 * the box's teasers go and the story resumes after it.
 */
function cutAtEndLabel(blocks: readonly Block[], log: RemovalLog, unfiltered: readonly Block[]): Block[] {
  const kept: Block[] = [];
  let words = 0;
  let label: Block | undefined;
  // `blocks` keeps `unfiltered`'s order: one pointer finds each label's place (no scan per label).
  let u = 0;
  const at = (b: Block): number => {
    while (u < unfiltered.length && unfiltered[u] !== b) u++;
    return u < unfiltered.length ? u : unfiltered.indexOf(b);
  };
  for (const b of blocks) {
    if (label && isParagraph(b)) label = undefined;
    if (!label && words >= END_AFTER_WORDS && isEndLabel(b) && !listsOwnItems(unfiltered, at(b))) {
      label = b;
      log.drop(b, 'html/end-label', `"${b.text}" opens links to other pages after ${words} words of story`);
      continue;
    }
    if (label) {
      log.drop(b, 'html/end-label', `under the "${label.text}" label, before any paragraph of ${PARAGRAPH_AFTER_END}+ words`);
      continue;
    }
    words += blockWords(b);
    kept.push(b);
  }
  return kept;
}

/** The page's host without "www.", when the page URL is known and valid. */
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(WWW, '');
  } catch {
    return undefined;
  }
}

const WWW = /^www\./;

/**
 * The path under which the page's subpages lie: its own path without a file extension or a
 * trailing slash, then "/" ("/docs/actions/" for /docs/actions or /docs/actions.html); undefined
 * for a front page (every page of the site lies under it).
 */
function subpagesOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const path = new URL(url).pathname.replace(FILE_EXTENSION, '').replace(TRAILING_SLASHES, '');
    return path === '' ? undefined : `${path}/`;
  } catch {
    return undefined;
  }
}

const FILE_EXTENSION = /\.[a-z0-9]{1,5}$/i;
const TRAILING_SLASHES = /\/+$/;

/** A link's target: its host without "www." and its path, resolved on the page's host. */
interface Target {
  host: string;
  path: string;
}

/** Whether the runs hold a link and every link's target (an unreadable one fails) passes `test`. */
function everyLink(runs: readonly Inline[] | undefined, host: string, test: (to: Target) => boolean): boolean {
  let links = 0;
  const all = (rs: readonly Inline[]): boolean =>
    rs.every((r) => {
      if (r.type === 'link') {
        links++;
        const to = targetOf(r.href, host);
        return to !== undefined && test(to) && all(r.children);
      }
      return r.type === 'emphasis' || r.type === 'strong' ? all(r.children) : true;
    });
  return runs !== undefined && all(runs) && links > 0;
}

function targetOf(href: string, host: string): Target | undefined {
  try {
    const to = new URL(href.trim(), `https://${host}/`);
    return { host: to.hostname.replace(WWW, ''), path: to.pathname };
  } catch {
    return undefined;
  }
}

function isParagraph(b: Block): boolean {
  return b.kind !== 'heading' && b.linkDensity === 0 && blockWords(b) >= PARAGRAPH_AFTER_END;
}

/** A heading this short between two story paragraphs is a subheading: the run goes on. */
const SUBHEADING_WORDS = 20;
/**
 * The run is a story: this many words at least, two paragraphs of isParagraph's least length. A
 * listing's linked titles stand between its summaries, so no two of them make one run. (100, the
 * first value, left short stories under their related grids: on the trafilatura dev pages read as
 * listings, 50 took fp 265 → 262 and fn 150 → 149; on the WCXB dev pages one listing changed, +0.01.)
 */
const STORY_RUN_WORDS = 50;
/** ...and this share of all the words of the region. */
const STORY_RUN_SHARE = 0.25;

/**
 * Whether the blocks read as a story with a tail: their longest run of consecutive paragraphs
 * (isParagraph: 25+ words, no link text; subheadings between them allowed) holds STORY_RUN_WORDS
 * and STORY_RUN_SHARE of all their words. A listing's cards break the run at every linked title;
 * an article mistyped as a listing (its related grid earned the type) keeps its story in one run.
 * Fitted on the pages the listing profile read: the 85 trafilatura dev pages it takes (fp 72 → 49,
 * tp 242 → 237) and the WCXB dev pages (5 of 161 change).
 */
export function storyRun(blocks: readonly Block[]): boolean {
  let words = 0;
  let run = 0;
  let longest = 0;
  for (const b of blocks) {
    const n = blockWords(b);
    words += n;
    if (isParagraph(b)) {
      run += n;
      if (run > longest) longest = run;
    } else if (b.kind !== 'heading' || n > SUBHEADING_WORDS) run = 0;
  }
  return longest >= STORY_RUN_WORDS && longest >= STORY_RUN_SHARE * words;
}

/** A heading this long that ends a sentence is a paragraph set in heading type (a lead, a styled intro). */
const PROSE_HEADING_WORDS = 20;

function isProseHeading(b: Block): boolean {
  return endsSentence(b.text) && blockWords(b) >= PROSE_HEADING_WORDS;
}

/** Whether the story's paragraphs (isStoryParagraph) hold STORY_RUN_SHARE of the blocks' words. */
function isStory(blocks: readonly Block[]): boolean {
  let prose = 0;
  let words = 0;
  for (const b of blocks) {
    const n = blockWords(b);
    words += n;
    if (isStoryParagraph(b)) prose += n;
  }
  return prose >= STORY_RUN_SHARE * words;
}

/**
 * A heading is an orphan when no non-heading block follows before a heading of the same or higher
 * rank; a prose heading is none. A card's title (one of 3+ headings in one slot, not over a
 * heading of higher rank: that one is the title, this its eyebrow) is recorded under its own rule,
 * which a page of cards switches off: a category tile is a picture and its heading.
 */
function dropOrphanHeadings(blocks: readonly Block[], log: RemovalLog, cardTitles: boolean): Block[] {
  const orphan = new Map<number, boolean>();
  const slots = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'heading') slots.set(b.where, (slots.get(b.where) ?? 0) + 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'heading' || isProseHeading(b)) continue;
    const level = b.level ?? 6;
    let hasText = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j] as Block;
      if (n.kind === 'heading' && (n.level ?? 6) <= level) break;
      if (n.kind !== 'heading') {
        hasText = true;
        break;
      }
    }
    const next = blocks[i + 1];
    if (!hasText) orphan.set(i, (slots.get(b.where) ?? 0) >= CARD_TITLES && !(next?.kind === 'heading' && (next.level ?? 6) < level));
  }
  // Beside a story (its paragraphs hold a share of the words), bare titles are its related links.
  const keepCards = !cardTitles && !isStory(blocks);
  return blocks.filter((b, i) => {
    const card = orphan.get(i);
    if (card === undefined || (card && keepCards)) return true;
    log.drop(b, card ? 'html/orphan-card-title' : 'html/orphan-heading', `heading (level ${b.level ?? '?'}) with no text before the next heading or the end${card ? `, one of ${slots.get(b.where)} in its slot` : ''}`);
    return false;
  });
}
