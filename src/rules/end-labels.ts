import { endsSentence, wordCount } from '../lexicon/features.js';
import { END_LABEL, RELATED_PHRASE, TERMINATOR, TERMINATOR_START } from '../lexicon/patterns.js';

/** A related-links heading with a tail ("Lesen Sie auch:", "More from Sport") stays this short. */
const LABEL_MAX_WORDS = 12;

/**
 * A heading that ends a story: related links, comments, tags, "more from…", an author box.
 * One notion for both paths: the text path ends the body at it, the HTML path drops what follows
 * it up to the next real paragraph.
 */
export function isEndLabel(text: string): boolean {
  if (TERMINATOR.test(text) || END_LABEL.test(text)) return true;
  if (wordCount(text) > LABEL_MAX_WORDS || (endsSentence(text) && !text.endsWith(':'))) return false;
  return RELATED_PHRASE.test(text) || TERMINATOR_START.test(text);
}
