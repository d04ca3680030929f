import { findDate, isTimestampLine } from '../lexicon/dates.js';
import { COMMENT_BARE_WORD, isCommentForm, isCommentMark, COMMENT_SAYS, COMMENTS_HEADING } from '../lexicon/patterns.js';
import type { Block, Comment } from '../types.js';

/**
 * Comments in a text dump, where the dump shows them the way blog software prints them: a
 * heading ("12 Comments", "3 thoughts on …") soon after the body's end, then posts that each
 * open with "Name says:" (a date line may follow) and usually close with a "Reply" button line.
 * The reading stops at the comment form ("Leave a Reply", "Your email address will not be
 * published"). Dumps without that shape give none: a name and a date alone are no sure mark.
 */

/** The heading must come within this many lines after the body's last line. */
const HEADING_WITHIN = 8;
const MAX_COMMENTS = 1000;
const FORM_HEADING = /^(?:leave a (?:reply|comment)|add (?:a|your) comment|post a comment|write a comment|submit a comment|kommentar (?:verfassen|schreiben)|laisser un commentaire|deja un comentario)\b/iu;

export function textComments(all: readonly Block[], body: readonly Block[]): Comment[] {
  const last = body[body.length - 1];
  if (!last) return [];
  const end = all.indexOf(last);
  if (end < 0) return [];
  let i = end + 1;
  while (i < all.length && i <= end + HEADING_WITHIN && !COMMENTS_HEADING.test((all[i] as Block).text)) i++;
  if (i >= all.length || i > end + HEADING_WITHIN) return [];
  const out: Comment[] = [];
  let cur: { author: string; published?: string; lines: string[] } | undefined;
  const close = (): void => {
    const lines = cur?.lines.filter((l) => !COMMENT_BARE_WORD.test(l)) ?? [];
    if (cur && lines.length > 0 && out.length < MAX_COMMENTS) {
      const c: Comment = { text: lines.join('\n\n'), depth: 0, author: cur.author };
      if (cur.published !== undefined) c.published = cur.published;
      out.push(c);
    }
    cur = undefined;
  };
  for (let k = i + 1; k < all.length; k++) {
    const text = (all[k] as Block).text;
    if (FORM_HEADING.test(text) || isCommentForm(text)) break;
    // Without its colon "Name says" needs a date line after it: "…, Officer says" is a headline.
    const says = text.endsWith(':') || isTimestampLine(all[k + 1]?.text ?? '') ? COMMENT_SAYS.exec(text) : null;
    if (says) {
      close();
      cur = { author: (says[1] as string).trim(), lines: [] };
      continue;
    }
    if (isCommentMark(text)) {
      close();
      continue;
    }
    if (!cur) continue;
    const found = cur.lines.length === 0 ? findDate(text) : null;
    if (found && isTimestampLine(text, found)) cur.published = found.iso;
    else cur.lines.push(text);
  }
  close();
  return out;
}
