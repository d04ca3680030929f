import { endsSentence, wordCount } from '../lexicon/features.js';
import { END_LABEL, mayHoldEndTail, mayHoldRelatedPhrase, mayOpenEndLabel, POST_NAV, RELATED_PHRASE, TERMINATOR, TERMINATOR_START } from '../lexicon/patterns.js';

/** A related-links heading with a tail ("Lesen Sie auch:", "More from Sport") stays this short. */
const LABEL_MAX_WORDS = 12;

/**
 * A heading that ends a story: related links, comments, tags, "more from…", an author box.
 * One notion for both paths: the text path ends the body at it, the HTML path drops what follows
 * it up to the next real paragraph.
 */
export function isEndLabel(text: string): boolean {
  // Most lines open with none of the labels' words: then only END_LABEL's phrase alternative
  // ("… also like") and RELATED_PHRASE can match, each only where its letters are (lexicon/patterns).
  const opens = mayOpenEndLabel(text);
  if (opens ? TERMINATOR.test(text) || END_LABEL.test(text) : mayHoldEndTail(text) && END_LABEL.test(text)) return true;
  if (wordCount(text) > LABEL_MAX_WORDS || (endsSentence(text) && !text.endsWith(':'))) return false;
  return (mayHoldRelatedPhrase(text) && RELATED_PHRASE.test(text)) || (opens && TERMINATOR_START.test(text));
}

/** After a related label, the separator and a headline of this many words at least: a link to one other story. */
const TEASER_TAIL_WORDS = 3;
const TEASER_SEPARATOR = /^\s*[:|–—-]\s*/u;
const LEADING_SPACE = /^\s*/u;

/** The first letters a POST_NAV line opens with ("←", previous, next, older, newer, vorheriger, nächster, article, artículo): most lines skip the pattern. */
function postNavStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x2190) return true;
  const lower = c | 0x20;
  return lower === 97 || lower === 110 || lower === 111 || lower === 112 || lower === 118;
}

/**
 * A related label that carries its one link on the same line ("Read more: How we tested the
 * batteries", "RELATED: Workout of the week"), or a post navigation line with the other post's
 * title ("← Older post title", "Next article: Title"): an inline teaser that a story prints
 * between (or under) its paragraphs, not the heading of a block of links.
 */
export function isInlineTeaser(text: string): boolean {
  if (postNavStart(text) && POST_NAV.test(text)) return true;
  const label = mayOpenEndLabel(text) ? TERMINATOR_START.exec(text) : null;
  if (!label) return false;
  // An opener that carries its own colon ("Lea:") needs no separator after it.
  const sep = label[0].endsWith(':') ? LEADING_SPACE.exec(text.slice(label[0].length)) : TEASER_SEPARATOR.exec(text.slice(label[0].length));
  if (!sep) return false;
  return wordCount(text.slice(label[0].length + sep[0].length)) >= TEASER_TAIL_WORDS;
}
