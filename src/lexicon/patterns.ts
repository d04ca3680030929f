/**
 * The one pattern table. Every regular expression declutter uses to recognise page furniture
 * lives here, grouped by concept and built once. Rules import from here; none writes its own.
 * Word lists cover the languages of the pages we meet most (en, de, fr, es, it, pt, nl, pl).
 */

import { memo } from './memo.js';

const words = (list: readonly string[]): string => list.map(escape).join('|');

/** Alternatives in lower, Capitalised, Title Case and UPPER case (for patterns that must stay case-sensitive elsewhere). */
const capitalised = (list: readonly string[]): string =>
  [...new Set(list.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase()), w.toUpperCase()]))]
    .map(escape)
    .join('|');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sentence-final punctuation, allowing closing quotes and brackets after it. */
export const SENTENCE_END = /[.!?…:;。！？](?:["'”’»)\]]*)$/u;
/** A truncated teaser ends in an ellipsis: not a sentence (C4 rule). */
export const ELLIPSIS_END = /(?:\.\.\.|…)["'”’»)\]]*$/u;
/** A full stop (or ; :) closing the text, quotes and brackets allowed after it: a sentence, not a headline. */
export const FULL_STOP_END = /[.;:]["'”’»)\]]*$/u;
/** A line that ends on a full stop alone (a headline may end on "?", "!" or ":"; a sentence ends on "."). */
export const PERIOD_END = /\.["'”’»)\]]*$/u;
/** Word tokens (letters/digits, with inner apostrophes and hyphens); each Han or kana character counts as one word (those scripts put no spaces between words). */
export const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+(?:['’-](?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+)*/gu;
export const LETTER = /\p{L}/gu;
/** Digits only: a number, never a content word. */
export const NUMBER = /^\d+$/;
/** A whole count with thousands commas ("1,316"), alone on a line: no rating ("4.5"), no price. */
export const WHOLE_COUNT = /^\d[\d,]*$/;
/** Some digit other than 0: an amount that is not nothing ("$0.00" has none). */
export const NONZERO_DIGIT = /[1-9]/;
export const DIGITS_ONLY = /^[\d\s.,:/%+-]+$/u;

/** The word before a caption's credit: "Photo", "Image credit", "Foto", "Crédito", "Credit". */
const CREDIT_WORD = String.raw`(?:(?:File |Featured |Cover |Header )?(?:[Pp]hoto|[Ff]oto|Bildquelle|Bild|Imagen|Image|Picture)(?: [Cc]redits?)?|Credits?|[Cc]r[ée]dito?s?|Fotó|Zdjęcie)`;
/** Credit tails that mark a photo caption: "(AFP)", "(AP Photo/…)", "Getty Images", "© Name". */
export const CREDIT_TAIL = new RegExp(
  String.raw`(?:\((?:[^()]{0,40}\/)?(?:AFP|AP|Reuters|dpa|EPA|Getty|Xinhua|ANSA|SPA|WAM|KNA|IANS|PTI|ANI)(?:\s*Photo)?(?:\/[^()]{1,60})?\)` +
    String.raw`|\((?:AP|AFP|Reuters|EPA|Getty)[^()]{0,80}\)` +
    String.raw`|\b(?:Getty Images|Shutterstock|iStock(?:photo)?|Imago(?: Images)?|picture(?: |-)alliance|Keystone|AP Photo|AFP Photo|Reuters(?:\/[\p{L} .]+)?|dpa)\s*\.?$` +
    // Free and stock image sites credited at the end of a caption: "Photo by Jane on Unsplash", "… / Fotolia.com"
    // (after "on", "via", a slash or a colon, or alone: "Supports Unsplash" in a feature list is no credit).
    String.raw`|(?:^|\b(?:on|via|by|from|von|auf|de)\s+|[/|:]\s*)(?:[Uu]nsplash|[Pp]ixabay|[Pp]exels|Fotolia(?:\.com)?|Adobe ?Stock|Wikimedia Commons|Depositphotos|Dreamstime|Freepik|ShutterStock)\s*\.?$` +
    String.raw`|(?:©|\(c\)|Copyright)\s*[\p{L}][^.!?]{0,60}$` +
    String.raw`|\b(?:File [Pp]hoto|Photo|Foto|Bild|Image|Crédit|Photo credit|Fotó|Zdjęcie)\s*:\s*[^.!?]{1,60}$` +
    String.raw`|\((?:File|Archive|Archivbild|Symbolbild)[^()]{0,40}\)|\(Quelle:[^()]{1,80}\))\s*$` +
    // "… el 11 de febrero pasado. EFE": an agency's name alone after the caption's last sentence.
    String.raw`|[.!?]\s+(?:EFE|AFP|AP|dpa|Reuters|ANSA|Xinhua|Europa Press|KNA|epd)\s*\.?\s*$` +
    // "Judy Eddy/WENN.com", "Kay Nietfeld/dpa": a photographer's name and agency as the whole line.
    // The agency is an acronym ("AP", "NPR"), a domain or a lower-case agency name: "Fits Waist/Hips" is no credit.
    String.raw`|^(?:\p{Lu}[\p{L}'’-]*\.? ){1,3}\p{Lu}[\p{L}'’-]+ ?\/ ?(?:\p{Lu}{2,}[\p{Lu}\d&]*|[\p{L}\d-]+\.(?:com|net|org|de|fr|es|it)|dpa|epd|Reuters|Getty Images)$`,
  'u',
);

/** "Credit: Nikon", "Image Credit: Site.com", "…at dusk. Foto: Archivo El País.", "(crédito: Name/Agency)". */
const CREDIT_AFTER_WORD = new RegExp(
  String.raw`(?:^|[,.!?)–—•|-]\s*)${CREDIT_WORD}\s*:\s*(?:[^.!?]|\.(?!\s)){1,60}$|\(${CREDIT_WORD}\s*:[^()]{1,80}\)\.?$`,
  'u',
);
/** A credit word with its colon a few characters on: tested first (after a colon at all), it spares most lines the unanchored alternation. */
const CREDIT_HINT = /(?:[Pp]hoto|[Ff]oto|Bild|Image|Picture|[Cc]r[ée]dit|Zdjęcie)[^:]{0,12}:/;

/** The photo credit a caption line ends in (CREDIT_TAIL, or a credit word and its credit), if any. */
export function creditTail(text: string): string | undefined {
  const after = text.includes(':') && CREDIT_HINT.test(text) ? CREDIT_AFTER_WORD.exec(text) : null;
  return ((mayEndInCredit(text) ? CREDIT_TAIL.exec(text) : null) ?? after)?.[0];
}

/** How CREDIT_TAIL's agency and stock-photo alternative can end, before its optional full stop. */
const CREDIT_END_WORDS = [
  'Images', 'Shutterstock', 'iStock', 'iStockphoto', 'Imago', 'alliance', 'Keystone', 'Photo', 'Reuters', 'dpa', 'EFE', 'AFP', 'AP', 'ANSA', 'Xinhua', 'Press', 'KNA', 'epd',
  'nsplash', 'ixabay', 'exels', 'Fotolia', 'Fotolia.com', 'Stock', 'Commons', 'Depositphotos', 'Dreamstime', 'Freepik', 'ShutterStock',
];

/**
 * What every CREDIT_TAIL match needs, tested without the expression (tried from every position,
 * it cost more than any other pattern): the text ends in ")" (closing a bracketed credit), holds
 * "©", "(c)" or "Copyright", a colon with no sentence mark after it (a credit word's: "Photo:
 * Jane Doe"), "Reuters/" or, in a line opening with a capital, one slash (a photographer/agency
 * line: "Kay Nietfeld/dpa"), or ends in an agency or stock-photo name.
 */
function mayEndInCredit(text: string): boolean {
  let end = trimmedEnd(text, text.length);
  if (text.charCodeAt(end - 1) === 41) return true;
  if (CREDIT_MARK.test(text) || oneSlashLine(text)) return true;
  if (text.charCodeAt(end - 1) === 46) end = trimmedEnd(text, end - 1);
  return CREDIT_ENDINGS.get(text.charCodeAt(end - 1))?.some((w) => text.endsWith(w, end)) === true;
}

/** CREDIT_END_WORDS by their last character: a line is compared only with the names that end as it does. */
const CREDIT_ENDINGS = new Map<number, string[]>();
for (const w of CREDIT_END_WORDS) {
  const last = w.charCodeAt(w.length - 1);
  CREDIT_ENDINGS.set(last, [...(CREDIT_ENDINGS.get(last) ?? []), w]);
}

/**
 * "©", "(c)", "Copyright", "Reuters/", or a ":" with no ".", "!" or "?" after it (a prose line's
 * colons mostly have a sentence after them): one compiled scan, not five.
 */
const CREDIT_MARK = /©|\(c\)|Copyright|Reuters\/|:[^.!?]*$/;

const UPPER_FIRST = /^\p{Lu}/u;

/** One "/" in a line that opens with a capital: all a photographer/agency line can be. */
function oneSlashLine(text: string): boolean {
  const slash = text.indexOf('/');
  return slash >= 0 && slash === text.lastIndexOf('/') && UPPER_FIRST.test(text);
}

/** Where `text.slice(0, end)` ends once its trailing white space (\s) is cut. */
function trimmedEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** JavaScript's \s, one UTF-16 unit (test/features checks it against the expression for every unit). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words that make up share bars and reaction widgets (a line of only these is a widget). */
export const SHARE_WORDS = new RegExp(
  `^(?:(?:${words([
    'share', 'shares', 'share this', 'share on', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'x',
    'whatsapp', 'linkedin', 'pinterest', 'reddit', 'telegram', 'messenger', 'copy link', 'copy', 'link',
    'link copied', 'flipboard', 'xing', 'mail', 'teilen', 'drucken', 'twittern', 'merken', 'partager',
    'imprimer', 'compartir', 'imprimir', 'condividi', 'stampa', 'delen', 'udostępnij', 'comments',
    'comment', 'kommentare', 'commentaires', 'comentarios', 'save', 'bookmark', 'like', 'follow',
    'gefällt mir', 'listen', 'anhören', 'vorlesen', 'audio', 'font size', 'schriftgröße', 'a+', 'a-',
  ])})[\\s,|·•/:]*)+$`,
  'iu',
);

/** A counter: "12 Comments", "3 likes", "1.2K shares", "20". */
export const COUNTER = new RegExp(
  `^\\d[\\d.,]*\\s*[kKmM]?\\s*(?:${words([
    'comments', 'comment', 'likes', 'like', 'shares', 'share', 'views', 'view', 'reads', 'replies', 'reply',
    'kommentare', 'kommentar', 'commentaires', 'commentaire', 'comentarios', 'comentario', 'commenti',
    'reacties', 'komentarze', 'komentarzy', 'min read', 'minutes read', 'minute read', 'min', 'minuten',
    'min. lesezeit', 'minuten lesezeit', 'lesezeit',
  ])})?\\.?$`,
  'iu',
);

/** A unit of a relative age ("3 years", "8 months"). */
const AGE_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)';

/** A relative age or a clock time anywhere in a line ("2 years ago", "Tuesday at 4:27 AM"): a post's or a card's stamp. */
export const STAMP_PART = new RegExp(`\\b\\d+\\s*${AGE_UNIT}\\s+ago\\b|\\b\\d{1,2}:\\d{2}\\b`, 'iu');

/**
 * A poster's or a thread's statistics on a line of their own: a count of posts, answers or votes
 * ("1,204 posts", "3 Answers", "518 helpful votes"), a stat label alone or with its number
 * ("Posts: 1,204", "Reaction score", "Joined"), "Viewed 11k times", a question's age ("Asked 13 years, 8 months ago").
 */
export const POST_STATS = new RegExp(
  `^(?:\\d[\\d.,]*\\s*[kKmM]?\\s*(?:${words(['answers', 'answer', 'posts', 'post', 'messages', 'helpful votes', 'votes'])})` +
    `|(?:${words(['posts', 'messages', 'replies', 'views', 'answers', 'reaction score', 'likes received', 'joined', 'join date', 'registered', 'member since'])})\\s*:?\\s*(?:\\d[\\d.,]*\\s*[kKmM]?)?` +
    `|viewed \\d[\\d.,]*\\s*[kKmM]? times` +
    `|(?:asked|modified|posted|edited|active) \\d+ ${AGE_UNIT}(?:,? \\d+ ${AGE_UNIT})? ago)$`,
  'iu',
);

/**
 * The thread furniture's expressions (JOINED_LINE to ATTACHMENT_STATS) match ASCII words only and
 * are built without the u flag: case-folded matching is cheaper so, and every line of a page is asked.
 */
/** One word of a printed day or time: figures ("17,", "2023", "11:18", "2016-07-02"), a month or weekday name, "am"/"pm", "at". */
const DAY_TOKEN = String.raw`(?:\d[\d.,:/-]*(?:st|nd|rd|th)?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,7}\.?,?|[ap]\.?m\.?|at)`;

/** A year of this century or the last as a word of its own ("2019", not "120193"). */
export const YEAR_WORD = /\b(?:19|20)\d\d\b/;

/**
 * A member's join date on a poster's card, the label and nothing but a day after it ("Joined:
 * Sun Dec 17, 2023 11:18 am", "Join Date: Aug 2008", "Registered: 2016-07-02", "Member since
 * 2015"); group 1 is the day, which must hold a year. "Joined the club in 2019" goes on past a day.
 */
export const JOINED_LINE = new RegExp(
  `^(?:${words(['joined', 'join date', 'registered', 'registered since', 'member since', 'mitglied seit', 'dabei seit', 'registriert seit', 'inscrit le', 'inscrit depuis', 'inscrite le', 'inscrite depuis', 'miembro desde', 'registrado desde', 'iscritto dal', 'lid sinds'])})\\s*:?\\s*(${DAY_TOKEN}(?:\\s+${DAY_TOKEN}){0,6})$`,
  'i',
);

/**
 * A poster's rank under the name on a forum's card ("Senior Member", "Registered User", "7+ Year
 * Member"). Taken only where the page prints two or more (thread/poster-card): one such line is
 * as likely a heading of a club's or a shop's own ("New member").
 */
export const MEMBER_RANK = new RegExp(
  `^(?:(?:${words(['new', 'junior', 'senior', 'full', 'active', 'registered', 'elite', 'notable', 'well-known', 'established', 'veteran', 'distinguished', 'respected', 'prominent', 'esteemed', 'trusted', 'regular', 'super', 'ultra'])})\\s+member|\\d{1,2}\\+?\\s*years?\\s+member|registered user|new user)$`,
  'i',
);

/**
 * A thread's or a poster's counts run together on one line ("6.3K views 23 replies 14
 * participants last post by jdoe Sep 26, 2024", "12 Posts 5 Posters 3.2k Views 2 Watching",
 * "410 posts · Joined 2002"): two counts or more, a "last post by" after them.
 */
const STAT_COUNT = String.raw`\d[\d.,]*\s*[kKmM]?\s+(?:${words(['views', 'view', 'replies', 'reply', 'participants', 'participant', 'posts', 'post', 'posters', 'poster', 'watching', 'answers', 'answer', 'votes', 'vote', 'members', 'topics', 'comments', 'likes', 'messages', 'points'])})`;
export const STATS_RUN = new RegExp(
  `^(?:${STAT_COUNT}(?:(?:\\s*[·•|,]\\s*|\\s+)${STAT_COUNT})+(?:\\s+last (?:post|reply) by\\s+\\S.{0,60})?`
    + `|\\d[\\d.,]*\\s*[kKmM]?\\s+(?:posts|messages)\\s*[·•|]\\s*(?:joined|member since)\\s+(?:[a-z]{3,9}\\.?\\s+)?(?:19|20)\\d\\d)$`,
  'i',
);

/**
 * A post's edit note ("Last edited by jdoe on 12 Sep 2024, 11:14, edited 4 times in total.",
 * "Edited May 22, 2024 by jdoe", "Posted February 26 (edited)"): the forum's, not the poster's
 * words. An "Edited by Jane Doe" credit without a day in it is a byline's (meta/byline).
 */
export const EDIT_NOTE = /^(?:(?:wrote on\s+)?last edited by(?:\s+\S.{0,160})?|edited\s+(?!by\b)[^\n]{0,30}?\d[^\n]{0,20}?\s+by\s+\S.{0,160}|posted\s+\S.{0,40}\(edited\))$/i;

/**
 * A quoted post's header where the forum prints the quoted post's age or day ("3 hours ago, jdoe
 * said:", "On 4/19/2024 at 3:10 PM, jdoe said:", "Just now, jdoe said:"), or its label
 * ("Originally Posted by jdoe", "Quote:"). A bare "jdoe said:" stays: the references keep the
 * quoted post and who wrote it.
 */
export const QUOTE_HEADER = /^(?:(?:on\s+[^,]{0,40}?\d[^,]{0,40}|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|just now|yesterday|today)(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?,\s+\S.{0,60}?\s+(?:said|wrote|says|writes)\s*:|originally posted by\s+\S.{0,60}|(?:quote|zitat|citation|cita)\s*:)$/i;

/**
 * What a thread tells a visitor about taking part, not any post: a log-in or sign-up prompt ("You
 * must log in or register to reply here.", "Create an account or sign in to comment"), the
 * posting permissions ("You may not post replies", "HTML code is Off"), a closed thread's notice
 * ("This topic was automatically closed after 30 days."), who is viewing it, the board's clock,
 * and a Q&A site's call to ask ("Start asking to get answers", "Explore related questions").
 */
export const THREAD_NOTICE = new RegExp(
  '^(?:' +
  [
    String.raw`\(?(?:you must|you need to|you have to|please)\s+(?:be\s+)?(?:logged in|signed in|a member|log in|sign in|register|sign up|create an account|join)\b.{0,80}?\b(?:to|in order to)\s+(?:post|reply|comment|answer|leave a comment|participate|ask)\b.{0,40}`,
    String.raw`(?:please\s+)?(?:sign in|log in|login|register|sign up|create an account|join)\b.{0,60}?\bto\s+(?:post|reply|comment|answer|participate|join the (?:discussion|conversation))\b.{0,120}`,
    String.raw`(?:already have an account\?\s*(?:sign|log) in(?: here)?\.?|sign up for a new account in our community\b.{0,30}|you are not logged in\.?|join the (?:discussion|conversation)|posting (?:rules|permissions)|you may not (?:post new threads|post replies|post attachments|edit your posts)|(?:html|bb|\[img\]|\[video\]|smilies|img) code is (?:on|off)|smilies are (?:on|off))`,
    String.raw`this (?:forum )?(?:topic|thread|discussion|question|post) (?:has been |was |is )?(?:now )?(?:automatically )?(?:closed|locked|archived)(?:\s+(?:after|due to|for)\b[^,.]{0,60})?[.!]?(?:\s+(?:new replies|replies|commenting|comments|new comments)\b[^,]{0,60})?`,
    String.raw`(?:users|members) (?:browsing|viewing) this (?:thread|topic|forum|page)\b.{0,60}|recently browsing\b.{0,40}|no registered users viewing this (?:page|thread|topic)\.?`,
    String.raw`all times are (?:gmt|utc)\b.{0,60}`,
    String.raw`(?:start asking to get answers|find the answer to your question by asking\.?|explore related questions|see similar questions with these tags\.?|see more linked questions|hot network questions|more hot questions|ask your own question\.?|can'?t find (?:your|an|the) answer\??)`,
  ].join('|') + ')$',
  'i',
);

/**
 * Who reacted to a post, on a line under it ("Reactions: jdoe, asmith and 3 others", "jdoe,
 * asmith and 4 others like this."): a counter of the forum's, not the post's words.
 */
export const REACTION_LINE = /^(?:reactions\s*:\s+[^.!?]{1,160}|[^.!?]{1,120}(?:\band\s+\d+\s+others?|,\s*\S+\s+and\s+\S+)\s+like\s+this\.?)$/i;

/** An attachment's size and download count under a post ("(95.79 KiB) Downloaded 478 times"). */
export const ATTACHMENT_STATS = /^\(?\d[\d.,]*\s*(?:[kmg]i?b|bytes)\)?\s*(?:downloaded|viewed)\s+\d[\d,]*\s+times?\.?$/i;

/**
 * A thread's controls and labels on a line of their own: what a reader clicks on a post ("Click to
 * expand..."), a poster's status ("Member", "Online", "Original poster"), the thread's own boxes
 * ("Similar threads", "Top posters in this topic"), an ad slot's label. Reply, quote and report
 * buttons are COMMENT_MARK's: a dump's comment section is found by them, so they stay for it.
 */
export const THREAD_LABEL = new RegExp(
  `^(?:${words([
    'click to expand', 'click to expand...', 'click to expand…',
    'author', 'original poster', 'thread starter', 'member', 'online', 'offline', 'similar threads', 'top posters in this topic',
    'users who are viewing this thread', 'not open for further replies.', 'not open for further replies', 'advertisement',
  ])})$`,
  'iu',
);

/**
 * A sort or filter control's label alone on a line ("Sorted by:", "Sort by", "Filter & Sort",
 * "Sort:"): the control's caption, its choices a menu beside it. A bare "Sort" or "Filters" without
 * its colon may be a manual's heading, so it stays.
 */
export const SORT_LABEL = new RegExp(
  `^(?:(?:${words(['sort', 'sorted', 'order', 'ordered', 'filter', 'filtered'])})\\s+by|${words(['filter & sort', 'filter and sort', 'sort & filter', 'sort and filter', 'sortieren nach', 'sortiert nach', 'trier par', 'ordenar por', 'ordina per'])})\\s*:?$|^sort\\s*:$`
    + `|^(?:sort|sorted)(?:\\s+by)?\\s*:\\s*\\p{L}+(?:(?:\\s*[&-]\\s*|\\s+)\\p{L}+){0,3}$|^(?:view|show|${words(['items per page', 'results per page', 'per page'])})\\s*:\\s*\\d{0,3}$`,
  'iu',
);

/**
 * A listing's results count or sort control alone on a line, the caption a grid of items prints
 * over its first card: "Showing all 12 results", "1–24 of 310 products", "842 jobs", "Showing 1 -
 * 20 of 95", "Default sorting", "Sort by newest". A count of zero is a cart ("0 Items"), a count
 * of reviews or ratings is one card's, and a count with more words after it is a card's title
 * ("5 books that changed me"), so none of them is one.
 */
export const GRID_HEAD = new RegExp(
  `^(?:showing\\s+)?(?:all\\s+)?(?:\\d[\\d,.]*\\s*(?:-|–|to)\\s*\\d[\\d,.]*\\s+(?:of|out of)\\s+(?:about\\s+|over\\s+)?\\d[\\d,.]*|[1-9][\\d,.]*\\+?)\\s+`
    + `(?:${words(['results', 'result', 'items', 'products', 'jobs', 'listings', 'matches', 'titles', 'vacancies', 'positions', 'properties', 'homes', 'courses', 'events', 'conferences', 'articles', 'books', 'recipes', 'records', 'styles'])})`
    + `(?:\\s+(?:${words(['found', 'available', 'per page', 'in total', 'for sale'])})\\b.{0,20})?\\s*[.:]?$`
    + `|^(?:about\\s+)?[1-9][\\d,.]*\\s+results?\\s+(?:for|matching)\\b.{0,40}$|^showing\\s+\\d[\\d,.]*\\s*(?:-|–|to)\\s*\\d[\\d,.]*\\s+(?:of|out of)\\s+\\d[\\d,.]*$|^default\\s+sorting$|^sort(?:ed)?\\s*(?:by|:|\\|).{0,30}$`,
  'iu',
);

/**
 * A line made only of template placeholders ("{{ board.errors[3].message }}", "{{{ data.price_html }}}",
 * "{% csrf_token %}"): a client-side template's slots that no script filled, never text a reader sees.
 */
const PLACEHOLDER = String.raw`(?:\{\{\{?[^{}]{1,120}\}\}\}?|\{%[^{}%]{1,120}%\})`;
export const TEMPLATE_PLACEHOLDER = new RegExp(`^${PLACEHOLDER}(?:\\s*${PLACEHOLDER})*$`, 'u');

/**
 * A line of the Latin filler a designer sets where the text will go, left in a page's template:
 * it opens the canonical "Lorem ipsum dolor sit amet…", numbers it ("Lorem ipsum 2"), stands
 * alone, or is the lipsum generator's "Lorem Ipsum is simply dummy text…". A sentence that only
 * mentions the filler ("Designers call it lorem ipsum") does not open with it.
 */
export const FILLER_TEXT = /^lorem\s+ipsum(?:\s+dolor\b|\s*\d*\s*[.:]?$|\s+is\s+(?:simply\s+)?dummy\s+text\b)/i;

/** Lines that open a byline. */
/** Words that open a byline ("By", "Von", "From"): the one list BYLINE and BYLINE_PREFIX share. */
const BYLINE_WORDS = ['by', 'von', 'par', 'por', 'di', 'door', 'av', 'af', 'autor:', 'author:', 'text:', 'von:', 'written by', 'reporting by', 'from'];
/** The opening word of a byline line, removed to leave the name ("From Jane Doe" → "Jane Doe"). */
export const BYLINE_PREFIX = new RegExp(`^(?:${words(BYLINE_WORDS)})\\s+`, 'iu');
/**
 * Labels that open an author field before the name ("Written by", "Autorin:", "escrito por"): the
 * byline words plus longer forms, each optionally followed by a colon or dash. Name particles
 * ("de", "van") are not among them, so "De Souza" keeps its first word.
 */
const AUTHOR_LABEL_WORDS = [
  ...BYLINE_WORDS.filter((w) => !w.endsWith(':')),
  'posted by', 'reported by', 'story by', 'text by', 'words by', 'interview by', 'photo by', 'photos by',
  'autor', 'autorin', 'author', 'auteur', 'text', 'verfasst von', 'geschrieben von', 'escrito por', 'scritto da',
];
export const AUTHOR_LABEL_PREFIX = new RegExp(`^(?:${words(AUTHOR_LABEL_WORDS.sort((a, b) => b.length - a.length))})\\s*[:\\-–]?\\s+`, 'iu');
/** An author label on a line of its own ("By", "Written by:", "Autorin"): the name is on the next line. */
export const AUTHOR_LABEL_LINE = new RegExp(`^(?:${words([...AUTHOR_LABEL_WORDS.filter((w) => w !== 'text' && w !== 'from' && w !== 'di' && w !== 'af' && w !== 'av'), 'authors', 'article written by'].sort((a, b) => b.length - a.length))})\\s*[:\\-–]?$`, 'iu');
/** "ByJane Doe": a byline whose label and name a text dump glued together. */
export const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u;
export const BYLINE = new RegExp(
  `^(?:${capitalised(BYLINE_WORDS)})\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]+|and|und|et|y|e|und|&|,|van|von|de|der|da|del|la|le))*\\s*[,|]?(?:\\s*\\p{L}[\\p{L} .]{0,40})?$`,
  'u',
);

/** A word saying a date is when the story changed, not when it came out ("Last updated", "Edited", "Aktualisiert"). */
/** The end of a quote's attribution ("On May 2, 2024 at 9:15 PM, jdoe said:"): a quoted post's header, not a timestamp. */
export const QUOTE_ATTRIBUTION = /\b(?:said|says|wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef)\s*:\s*$/iu;
/**
 * A stamp's label at the end of the text before its date, spaced or glued to the name by a dump
 * ("By Jane Doe Published:", "BY JANE DOEPUBLISHED:"): the name ends before it.
 */
export const STAMP_LABEL_TAIL = /\s*(?:published|updated|posted|last updated?)(?:\s+on)?\s*:?\s*$/iu;
/** "5 min read", "10 minute read": a story header's reading time on a line of its own. */
export const READ_TIME = /^\s*\d+\s*min(?:ute)?s?\.?\s+read\s*$/iu;
/** A letter, a dot and a lower-case letter: a domain's name ("Acme.ai"), not an initial ("J. Doe"). */
export const DOMAIN_WORD = /\p{L}\.\p{Ll}/u;
/** A change stamp's label; a thread's "Last post" / "Latest reply" is its latest activity, not its opening. */
export const UPDATE_WORD = /\b(?:updated?|modified|last edited|edited|revised|la(?:te)?st (?:post|reply|activity)|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt)\b/iu;

/**
 * A byline that goes on past a separator ("By Jane Doe | Travel | 8 min read", "By Jane Doe –
 * Updated May 6, 2025"): the label, the name (group 1) up to the first separator, the rest.
 */
export const BYLINE_HEAD = new RegExp(`^(?:${capitalised(['by', 'von', 'par', 'por', 'door', 'written by', 'posted by'])})\\s+(\\p{Lu}[^|·•⋅–—]{1,60}?)\\s*(?:[|·•⋅–—]|\\s-\\s)`, 'u');

/** A member's join date on a poster's card ("Registered: 2011-11-29", "Joined Mar 2019", "Mitglied seit 2015"). */
export const MEMBER_SINCE = /^\s*(?:registered|joined|member since|mitglied seit|dabei seit|registriert|inscrit(?:e)? (?:le|depuis)|miembro desde|registrado)\b/iu;

/** "Updated …", "Published …", "Stand: …", "Aktualisiert …" lines. */
export const STAMP_PREFIX = new RegExp(
  `^(?:${words([
    'updated', 'last updated', 'published', 'posted', 'posted on', 'published on', 'first published',
    'modified', 'stand', 'aktualisiert', 'veröffentlicht', 'erstellt', 'zuletzt aktualisiert',
    'mis à jour', 'publié', 'publié le', 'actualizado', 'publicado', 'aggiornato', 'pubblicato',
    'bijgewerkt', 'gepubliceerd', 'date', 'datum',
  ])})\\b\\s*(?:on|am|le|el|il|op|at)?\\s*:?`,
  'iu',
);

/** A line that opens by saying when the story was published ("Posted on …", "Published: …", "Veröffentlicht am …"); no change label. */
export const PUBLISHED_LABEL = new RegExp(
  `^(?:${words(['published', 'posted', 'first published', 'originally published', 'veröffentlicht', 'publié', 'publicado', 'pubblicato', 'gepubliceerd'])})\\b\\s*(?:on|am|le|el|il|op)?\\s*:?`,
  'iu',
);

/** News agencies and wire services, as seen alone on a source line. */
export const AGENCY = new RegExp(
  `^(?:${words([
    'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'dpa', 'Bloomberg', 'UPI', 'Xinhua',
    'ANSA', 'EFE', 'Europa Press', 'KNA', 'epd', 'APA', 'SDA', 'Keystone-SDA', 'PTI', 'IANS', 'ANI', 'TASS',
    'Interfax', 'Kyodo', 'Yonhap', 'AAP', 'CNN', 'BBC', 'Belga', 'ANP', 'NTB', 'TT', 'PAP', 'CTK', 'MTI',
  ])})$`,
  'u',
);

/** Headings and labels that end the article: related links, comments, "read next", author boxes. */
/** The words TERMINATOR's labels open with (after a count); mayOpenEndLabel reads their openings. */
const TERMINATOR_WORDS = [
    'related', 'related articles', 'related stories', 'related posts', 'related content', 'related news', 'related topics',
    'read more', 'read next', 'more from', 'more stories', 'more news', 'more on this story', 'more on this topic',
    'you may also like', 'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
    'recommended stories', 'most read', 'most popular', 'popular', 'popular posts', 'trending', 'top stories',
    'latest news', 'latest', 'comments', 'comment', 'leave a comment', 'post a comment', 'leave a reply', 'add a comment',
    'join the conversation', 'responses', 'about the author', 'share this', 'share this article', 'tags', 'filed under',
    'mehr zum thema', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'auch interessant',
    'weitere artikel', 'mehr artikel', 'weitere beiträge', 'ähnliche beiträge', 'ähnliche artikel', 'verwandte artikel', 'verwandte themen',
    'meistgelesen', 'meistgelesene artikel', 'empfohlene artikel', 'kommentare', 'kommentar', 'leserkommentare',
    'schreibe einen kommentar', 'kommentar schreiben', 'kommentar verfassen', 'hinterlasse einen kommentar',
    'lesen sie auch', 'lesen sie mehr', 'das könnte sie auch interessieren', 'über den autor', 'zur person',
    'autoreninfo', 'schlagworte', 'themen', 'teilen', 'diesen artikel teilen', 'artikel teilen',
    'à lire aussi', 'lire aussi', 'sur le même sujet', 'articles similaires', 'vous aimerez aussi', 'le plus lu',
    'les plus lus', 'commentaires', 'laisser un commentaire', 'noticias relacionadas', 'te puede interesar',
    'lo más leído', 'más leídas', 'comentarios', 'deja un comentario', 'leggi anche', 'potrebbe interessarti',
    'articoli correlati', 'commenti', 'lascia un commento', 'leia também', 'veja também', 'comentários',
    'lees ook', 'meer nieuws', 'reacties', 'czytaj także', 'czytaj też', 'zobacz także', 'komentarze',
    // a box of links to other stories, announced as reading on
    'keep reading', 'zum weiterlesen', 'interessante artikel', 'ähnliche themen', 'empfehlungen aus der redaktion', 'zobacz również',
    // the same boxes in more of the languages above: related, most read, latest, the editors' picks
    'verwandte beiträge', 'beliebte artikel', 'beliebte beiträge', 'meistdiskutierte artikel', 'die redaktion empfiehlt',
    'neueste beiträge', 'weitere interessante themen', 'weitere interessante artikel', 'alle artikel anzeigen', 'zu allen beiträgen',
    'relacionados', 'relacionadas', 'otras noticias', 'más noticias', 'lo más visto', 'mirá también', 'imperdibles',
    'mais lidas', 'articles en relation', 'lue myös', 'lue aiheesta lisää', 'najnowsze', 'najczęściej czytane', 'categories',
];
export const TERMINATOR = new RegExp(`^(?:\\d+\\s+)?(?:${words(TERMINATOR_WORDS)})\\b[\\s:.…»>()\\d!-]*$`, 'iu');

/**
 * A blog post's filing line under its text ("This entry was posted in News and tagged …",
 * "Dieser Beitrag wurde unter … abgelegt", "Abgelegt unter: …"): the post's end.
 */
export const POST_FILED = /^(?:(?:this (?:entry|post) was )?(?:posted|filed) (?:in|under) .{1,120}(?:tagged|bookmark the permalink)|(?:dieser|der) (?:eintrag|beitrag) wurde .{0,80}(?:unter .{1,120} abgelegt|veröffentlicht in .{1,120}(?:permanentlink|verschlagwortet|getaggt))|(?:erstellt am .{1,60} und )?abgelegt unter\b)/iu;

/** The openings of TERMINATOR headings that carry a tail ("Mehr zum Thema auf example.de", "Lesen Sie auch:"). */
const TERMINATOR_START_WORDS = [
    'related', 'read more', 'read next', 'more from', 'more on', 'see also', 'you may also', 'you might also',
    'recommended', 'most read', 'most popular', 'mehr zum thema', 'mehr von', 'mehr aus', 'lesen sie auch', 'lesen sie mehr',
    'weitere artikel', 'weitere beiträge', 'weitere informationen zum', 'ähnliche', 'auch interessant', 'das könnte',
    'lire aussi', 'à lire aussi', 'voir aussi', 'lea también', 'lea:', 'lee también', 'leé también', 'leggi anche',
    'leia também', 'veja também', 'lees ook', 'czytaj także', 'czytaj też', 'zobacz też', 'zobacz także',
    'zobacz również', 'ver también', 'seguir leyendo',
    'beliebte beiträge', 'die meistgelesenen', 'weitere interessante', 'artículos relacionados', 'más noticias', 'más sobre',
    'lo más visto', 'otras noticias', 'mirá también', 'lue myös', 'lue aiheesta',
    // the same openers of a one-line teaser between paragraphs ("Le puede interesar: <headline>")
    'puedes ver', 'vea también', 'le puede interesar', 'te puede interesar', 'mira:', 'dowiedz się więcej', 'lesen sie hier',
];
export const TERMINATOR_START = new RegExp(`^(?:${words(TERMINATOR_START_WORDS)})`, 'iu');

/** A sentence-long heading that announces related links: "Diese Artikel könnten dich auch interessieren:". */
export const RELATED_PHRASE =
  /\b(?:(?:könnte|könnten) (?:sie|dich|euch) (?:auch )?interessieren|you (?:may|might) also (?:like|enjoy)|(?:more|other) (?:articles|stories|posts) (?:from|like|about)|pourrait (?:aussi |également )?vous intéresser|también te puede interesar|ti potrebbe interessare)\b/iu;
/** RELATED_PHRASE's shortest match ("more posts from"), in UTF-16 units at least. */
const RELATED_MIN_CHARS = 15;

/**
 * False when RELATED_PHRASE cannot match: the text is shorter than its shortest match (a menu's
 * words, most short labels). A lower-cased search for its words cost more than the expression.
 */
export const mayHoldRelatedPhrase = (text: string): boolean => text.length >= RELATED_MIN_CHARS;

/** The opening of an author's bio: a name and a bio verb or a profession, or a blogger's greeting. */
const PROFESSION = capitalised([
  'journalist', 'journalistin', 'writer', 'editor', 'reporter', 'correspondent', 'author', 'columnist', 'blogger',
  'photographer', 'contributor', 'redakteur', 'redakteurin', 'autor', 'autorin', 'korrespondent', 'korrespondentin',
  'journaliste', 'rédacteur', 'rédactrice', 'periodista', 'giornalista', 'freelance', 'freie', 'freier',
  'professor', 'professorin', 'lecturer', 'researcher', 'historian', 'historiker', 'historikerin', 'expert', 'experte', 'expertin',
  'founder', 'co-founder', 'cofounder', 'gründer', 'gründerin', 'mitgründer', 'head', 'host', 'leiter', 'leiterin',
  'director', 'creator',
]);
export const AUTHOR_BIO = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{1,40}\))?,?\s+` +
    String.raw`(?:writes|covers|reports on|studied|joined|teaches|schreibt über|studierte|berichtet über|leitet|lehrt|beschäftigt sich mit|écrit|escribe|scrive` +
    String.raw`|(?:is|was|ist|war|est|es|è)\s+(?:(?:a|an|the|ein|eine|der|die|un|une|una|uno)\s+)?(?:[\p{L}-]+\s+){0,3}(?:${PROFESSION}))\b` +
    String.raw`|(?:[Hh]allo|[Hh]i|[Hh]ey|[Hh]ej|[Hh]ello)\W{0,6}\s+(?:[Ii]ch bin|I'm|I am|[Mm]ein Name ist|[Mm]y name is)\b|Ich bin \p{Lu}\p{Ll}+,)`,
  'u',
);
/** What an author's box under a dump's story (stories/author-box) may print before the name ("About Jane Doe", "Written by Jane Doe", "Dr Jane Doe"). */
export const BIO_NAME_PREFIX = /^(?:(?:about(?:\s+the\s+author)?|written\s+by|author)\s*:?\s+)?(?:(?:dr|prof)\.?\s+)?/iu;
/** A word of a person's name as a box prints it: capitalised ("Jane", "O'Neil"), an initial, a particle; not a product's capitals ("EMS"). */
export const GIVEN_NAME_WORD = /^(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.|van|von|der|den|de|del|di|da|du|le|la|al|bin)$/u;
/** The word after the name in a bio's opening: a verb of who the person is, or an apposition's comma (read off the text). */
export const BIO_VERB = /^(?:is|was|has|had|holds|founded|co-founded|started|joined|writes|wrote|covers|lives|loves|works|worked|leads|led|serves|served|became|brings|helps|teaches|studied|grew)$/u;
/** A blogger's greeting names them after "I'm" ("Hi there! I'm Jane, and…"). */
export const BIO_SELF_NAMING = /\b(?:I['’]m|I am|my name is)\s+$/iu;

/** The words of a sign-up or consent box under a story ("Join our newsletter", "By submitting this form you agree…"); global: count them with match(). */
export const SIGNUP_WORDS = /\b(?:newsletters?|subscribe|subscribers?|sign(?:ing)? up|submitting|submission|inbox|privacy policy|terms of (?:use|service)|consent|unsubscribe|abonnieren|datenschutzerklärung|einwilligung|inscrivez-vous|suscríbete|e-?mail)\b/giu;
/** More words of such a box, that a story speaks of too ("emails", "signup", "mailing list", "create an account"); global. */
export const SIGNUP_MORE_WORDS = /\b(?:resubscribe|sign-?up|user agreement|mailing list|create (?:an? |your )?(?:free )?account|(?:log|sign) in or register|e-?mails)\b/giu;

const SAYS = String.raw`(?:sagt|says|schreibt|writes|dit|dice|scrive|zegt|napisał[a]?)`;
/** Comment furniture: "Jane sagt:", "John says:", a reply button. */
export const COMMENT_MARK = new RegExp(String.raw`^(?:.{1,60}\s${SAYS}\s*:|(?:antworten|reply|répondre|responder|rispondi|beantwoorden|odpowiedz|melden|report|zitieren|quote|permalink)\s*[↓↩]?)$`, 'iu');
/** The longest reply-button word of COMMENT_MARK ("beantwoorden"). */
const COMMENT_BUTTON_MAX = 12;

/**
 * COMMENT_MARK, tried only where it can match (its first alternative backtracks over up to 60
 * characters on every line): a line ending in ":" ("Jane says:"), or one short enough to be a
 * button word alone once its arrow and white space are cut.
 */
export function isCommentMark(text: string): boolean {
  if (text.charCodeAt(text.length - 1) !== 58) {
    const last = text.charCodeAt(text.length - 1);
    const end = last === 0x2193 || last === 0x21a9 ? text.length - 1 : text.length;
    if (trimmedEnd(text, end) > COMMENT_BUTTON_MAX) return false;
  }
  return COMMENT_MARK.test(text);
}
/** A thread's post header: its number ("#3 Name, Aug 2, 2025") or a reply verb ("answered Feb 4, 2014 at 13:27"). */
export const THREAD_STAMP = /^(?:#\d+\b|(?:answered|asked|edited|commented|replied)\s)/iu;
/** "John says:" opening a comment: the name is group 1. */
export const COMMENT_SAYS = new RegExp(String.raw`^(.{1,60}?)\s${SAYS}\s*:?$`, 'iu');
/** One bare word beside a comment's sentences ("commented", "edited", "at", "Loading..."): its furniture. */
export const COMMENT_BARE_WORD = /^[\p{L}\p{N}·•]{1,12}(?:\.\.\.|…)?$/u;
/** The heading over a page's comments in a text dump: "12 Comments", "3 thoughts on “…”", "11 Antworten zu “…”", "Kommentare". */
export const COMMENTS_HEADING = /^(?:(?:\d+|one|no)\s+)?(?:comments?|responses?|replies|reader comments|kommentare?|commentaires?|comentarios|commenti|reacties|discussion)$|^(?:\d+|one|no|ein|eine|keine)\s+(?:thoughts?|responses?|replies|comments?|antworten|kommentare?|gedanken|réponses?|commentaires?|respuestas|comentarios)\s+(?:on|to|for|zu|auf|à|sur|a|en)\s/iu;

/** A comment's age on its own line: "1 year ago", "3 days ago", "an hour ago", "vor 2 Tagen". */
export const RELATIVE_AGE = /^(?:(?:about|over|almost|nearly)\s+)?(?:\d{1,3}|an?|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$|^vor\s+(?:\d{1,3}|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)$/iu;
/** A post's byline before its timestamp: "Posted by: Jane at …", "von Jane am …". */
export const POSTED_BY = /(?:^|\s)(?:posted\s+by|by|von|par|por)\b/iu;
/**
 * The comment form under an article: its sentences end the article. Each comes with a part that
 * every match of it holds (its literal words, so also under the same case folding).
 */
const COMMENT_FORM_PHRASES: readonly (readonly [pattern: string, stem: string])[] = [
  [String.raw`\byour email address will not be published\b`, 'not be published'],
  [String.raw`\brequired fields are marked\b`, 'fields are marked'],
  [String.raw`\bnotify me of (?:follow-up comments|new posts)\b`, 'notify me of'],
  [String.raw`\bsave my name, email\b`, 'save my name'],
  [String.raw`\b(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht\b`, 'nicht veröffentlicht'],
  [String.raw`\berforderliche felder sind\b`, 'felder sind'],
  [String.raw`\bbenachrichtige mich über\b`, 'benachrichtige mich'],
  [String.raw`\bmit der nutzung dieses formulars\b`, 'dieses formulars'],
  [String.raw`\bvotre adresse (?:e-mail|de messagerie) ne sera pas publiée\b`, 'ne sera pas'],
  [String.raw`\btu dirección de correo electrónico no será publicada\b`, 'no será'],
  [String.raw`\bil tuo indirizzo email non sarà pubblicato\b`, 'non sarà'],
  [String.raw`\bo seu endereço de e-mail não será publicado\b`, 'não será'],
  [String.raw`\bdu musst angemeldet sein\b`, 'musst angemeldet'],
  [String.raw`\byou must be logged in to post a comment\b`, 'logged in to post'],
  [String.raw`\bpara comentar (?:debes|debe|tienes que|tiene que)\b`, 'para comentar'],
  [String.raw`\bkommentieren zu können, müssen sie (?:eingeloggt|angemeldet|registriert)\b`, 'kommentieren zu können'],
  [String.raw`\bsie müssen sich (?:einloggen|anmelden|registrieren),? um (?:sich )?(?:an (?:der|einer) diskussion|zu kommentieren|(?:einen )?kommentar)`, 'müssen sich'],
  [String.raw`\bwenn sie diese[nrs]? (?:blogeintrag|beitrag|artikel) kommentieren möchten\b`, 'kommentieren möchten'],
];
export const COMMENT_FORM = new RegExp(COMMENT_FORM_PHRASES.map(([pattern]) => pattern).join('|'), 'iu');
/**
 * The phrases' stems: tested first, they spare the long alternation nearly every line (a line
 * saying "e-mail" or "address" no longer reaches it).
 */
const COMMENT_FORM_HINT = new RegExp(COMMENT_FORM_PHRASES.map(([, stem]) => escape(stem)).join('|'), 'iu');
/** COMMENT_FORM's shortest match ("para comentar debe"), in UTF-16 units at least. */
const COMMENT_FORM_MIN_CHARS = 18;
/**
 * From this length on a line's answer is kept: the end markers and the related-run scan ask of
 * the same paragraphs, and scanning one costs more than a lookup.
 */
const COMMENT_FORM_MEMO_CHARS = 160;
const commentForm = (text: string): boolean => COMMENT_FORM_HINT.test(text) && COMMENT_FORM.test(text);
const commentFormKept = memo(commentForm);
export const isCommentForm = (text: string): boolean =>
  text.length >= COMMENT_FORM_MIN_CHARS && (text.length < COMMENT_FORM_MEMO_CHARS ? commentForm(text) : commentFormKept(text));

/**
 * Boilerplate prose: cookie notices, newsletter and subscription prompts, paywalls, footers. Each
 * phrase comes with stems, one of which every match of it holds (in lower case): a line holding
 * none of a phrase's stems cannot match it, and a line holding no stem at all skips the whole
 * expression. The stems are narrow ("on twitter", not "follow"): a case-insensitive alternation
 * this long costs about 0.1 ms per line, and common words let most lines through.
 */
const SUPPORT_VERBS = ['support', 'unterstütze', 'unterstützen sie', 'soutenez', 'apoya'];
const SUPPORT_WHOSE = ['our', 'unsere', 'unseren', 'notre', 'nuestro'];
const NOTICE_PHRASES: readonly (readonly [pattern: string, stems: readonly string[]])[] = [
  [String.raw`\b(?:we|this (?:web)?site) uses? cookies\b`, ['cookies']],
  [String.raw`\bcookie(?:s| policy| settings| preferences| consent)\b.{0,80}\b(?:accept|agree|consent|use|settings|zustimm|akzept)`, ['cookie']],
  [String.raw`\b(?:accept|agree to) (?:all )?cookies\b`, ['cookies']],
  [String.raw`\buses cookies\b.{0,200}\byou (?:agree|accept|consent)\b`, ['uses cookies']],
  [String.raw`\bverwende[nt]? cookies\b`, ['cookies']], [String.raw`\butilise (?:des )?cookies\b`, ['cookies']], [String.raw`\butiliza(?:mos)? cookies\b`, ['cookies']],
  [String.raw`\bwir nutzen cookies\b|\bdass wir cookies (?:verwenden|nutzen|einsetzen)\b`, ['cookies']],
  [String.raw`\b(?:stimmst du|stimmen sie) der (?:verwendung|nutzung) von cookies zu\b`, ['cookies']],
  [String.raw`\b(?:korzystamy z|używamy) (?:plików )?cookies\b`, ['cookies']],
  [String.raw`\bsign up (?:for|to) (?:our|the) (?:\w+ )?newsletter\b`, ['newsletter']], [String.raw`\bsubscribe to (?:our|the) newsletter\b`, ['newsletter']],
  [String.raw`\bnewsletter (?:abonnieren|bestellen)\b`, ['newsletter']], [String.raw`\bjetzt (?:abonnieren|anmelden|registrieren)\b`, ['jetzt ']],
  [String.raw`\bs'abonner\b`, ["s'abonner"]], [String.raw`\babonnez-vous\b`, ['abonnez-vous']], [String.raw`\bsuscr[íi]bete\b`, ['suscr']],
  [String.raw`\b(?:already|bereits) (?:a )?(?:subscriber|abonnent)`, ['subscriber', 'abonnent']], [String.raw`\bsubscribe (?:now|today)\b`, ['subscribe ']],
  [String.raw`\bto continue reading\b`, ['continue reading']], [String.raw`\b(?:jetzt |hier )?(?:lesen sie|weiter ?lesen) (?:weiter|mit)\b`, ['lesen']],
  [String.raw`\b(?:exklusiv|nur) für (?:abonnenten|abonnentinnen|abonnent)`, ['abonnent']], [String.raw`\b(?:subscribe|log in|sign in) to (?:read|continue)\b`, ['to read', 'to continue']],
  [String.raw`\bto read the full (?:story|article)\b`, ['read the full']],
  [String.raw`\b(?:support|unterstütze|unterstützen sie|soutenez|apoya) (?:our|unsere|unseren|notre|nuestro) (?:work|journalism|arbeit|journalismus|journalisme|periodismo)\b`, SUPPORT_VERBS.flatMap((v) => SUPPORT_WHOSE.map((w) => `${v} ${w} `))],
  [String.raw`\b(?:wir finanzieren uns|we are funded) (?:durch|by) (?:spenden|donations|readers|leser)`, ['finanzieren uns', 'are funded']],
  [String.raw`\bjetzt spenden\b|\bdonate now\b`, ['jetzt spenden', 'donate now']], [String.raw`\b(?:for|only for) subscribers\b`, ['subscribers']],
  [String.raw`\bréservé aux abonnés\b`, ['réservé aux abonnés']],
  [String.raw`\bthis (?:article|content) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)\b`, ['subscribers', 'members']],
  [String.raw`\ball rights reserved\b`, ['rights reserved']], [String.raw`\balle rechte vorbehalten\b`, ['rechte vorbehalten']], [String.raw`\btous droits réservés\b`, ['droits réservés']],
  [String.raw`\btodos los derechos reservados\b`, ['derechos reservados']], [String.raw`\btutti i diritti riservati\b`, ['diritti riservati']],
  [String.raw`^(?:©|\(c\)|copyright)\s*\d{4}`, ['©', '(c)', 'copyright']],
  [String.raw`\bclick here to\b`, ['click here to']], [String.raw`\bfollow us on\b`, ['follow us on']], [String.raw`\bfolgen sie uns\b`, ['folgen sie uns']],
  [String.raw`\bfollow\b.{1,40}\bon (?:twitter|facebook|instagram|x|linkedin)\b`, ['on twitter', 'on facebook', 'on instagram', 'on x', 'on linkedin']],
  [String.raw`\b(?:sign up|subscribe|register|get|receive)\b.{0,60}\bnewsletters?\b`, ['newsletter']],
  [String.raw`\bnewsletters?\b.{0,60}\b(?:abonnieren|bestellen|anmelden|erhalten|sign up|subscribe|inscri|suscr|iscriviti)`, ['newsletter']],
  [String.raw`\b(?:unseren?|den|zum|our|the) newsletter\b`, ['newsletter']],
  [String.raw`\bjavascript (?:is )?(?:disabled|required)|enable javascript\b`, ['javascript']],
  // A thread's closing line, not a sentence of the story that mentions closed comments.
  [String.raw`^comments are closed\b`, ['comments are closed']], [String.raw`^kommentare (?:sind )?(?:deaktiviert|geschlossen)\b`, ['kommentare']],
  [String.raw`\bsubscribe to (?:\w+ )?e-?mail updates\b`, ['mail updates']],
  [String.raw`\bwould like to send you (?:push )?notifications\b`, ['send you']],
  [String.raw`\b(?:support|unterstütze|unterstützen sie) (?:this|diese[nrs]?) (?:kind|form|art) (?:of|des|von) (?:journalism|journalismus)\b`, ['journalis']],
  [String.raw`\byour browser (?:does not|doesn't) support\b`, ['your browser']],
  // "follow us" in other languages, and the site's app or channel offered under the story
  [String.raw`\b(?:síguenos|siguenos|suivez-nous|seguici) (?:en|sur|su)\b`, ['guenos', 'suivez-nous', 'seguici']],
  [String.raw`\bfolg(?:e|t) uns (?:auf|bei) (?:instagram|facebook|twitter|x|tiktok|youtube|telegram|linkedin|mastodon)\b`, ['folge uns', 'folgt uns']],
  [String.raw`\bdownload (?:the|our) (?:[\p{L}-]+ ){0,3}apps?\b`, ['download the', 'download our']], [String.raw`\bstraight to your phone\b`, ['to your phone']],
  [String.raw`\b(?:nuestro|tenemos|únete a nuestro) canal de (?:youtube|telegram|whatsapp)\b`, ['canal de']],
  // the publisher's disclaimers: an opinion that is only the author's, a post that carries advertising
  [String.raw`\bgibt (?:ausschließlich |allein )?die (?:persönliche )?meinung de[sr] (?:autors|autorin|verfassers|verfasserin)\b`, ['meinung de']],
  [String.raw`\bn'engagent que (?:leurs?|ses|son) auteurs?\b`, ["n'engagent"]],
  [String.raw`\bviews expressed\b.{0,60}\b(?:are (?:those of|solely)|do not (?:necessarily )?reflect)\b`, ['views expressed']],
  [String.raw`\b(?:enthält|beinhaltet) (?:werbung|affiliate[- ]links)\b`, ['enthält werbung', 'enthält affiliate', 'beinhaltet werbung', 'beinhaltet affiliate']],
  [String.raw`\bcontains affiliate links\b`, ['affiliate links']],
];
/** Words of a consent dialog (cookies, privacy, personal data), counted with match: global. */
export const CONSENT_WORD = /\b(?:cookies?|consent|privacy|datenschutz\w*|einwilligung|dsgvo|gdpr|rgpd|données personnelles|personal data)\b/giu;
/** The one-word hint a cookie dialog's line holds, read before the consent words' alternation. */
export const COOKIE_HINT = /cooki/i;

export const BOILERPLATE = new RegExp(NOTICE_PHRASES.map(([pattern]) => pattern).join('|'), 'iu');
/** Characters that case-insensitive matching folds onto an ASCII letter while toLowerCase keeps them (long s, Kelvin sign). */
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/**
 * NOTICE_HINT's words, each with four letters of it (ASCII, in lower case) chosen as rare in page
 * text; "©" and "(c)" are read on their own. A line holding a word holds its four letters in some
 * case: mayHoldHint looks for those before the alternation is asked (most lines hold none).
 */
const NOTICE_HINT_WORDS: readonly (readonly [word: string, gram: string])[] = [
  ['guenos', 'guen'], ['folge uns', 'folg'], ['folgt uns', 'folg'], ['suivez', 'suiv'], ['seguici', 'guic'], ['download', 'wnlo'],
  ['your phone', 'r ph'], ['canal de', 'cana'], ['meinung de', 'einu'], ['engagent', 'gent'], ['views expressed', 'ws e'], ['werbung', 'werb'],
  ['affiliate', 'ffil'], ['cookie', 'okie'], ['newsletter', 'ewsl'], ['notification', 'otif'], ['comments are closed', 'osed'],
  ['kommentare', 'komm'], ['mail updates', 'il u'], ['follow', 'foll'], ['support', 'uppo'], ['unterstütz', 'unte'], ['soutenez', 'uten'],
  ['apoya', 'apoy'], ['finanzieren', 'anzi'], ['funded', 'nded'], ['spenden', 'nden'], ['donate', 'dona'], ['lesen', 'lese'],
  ['abonnent', 'bonn'], ['subscri', 'ubsc'], ['read the full', 'ad t'], ['abonnés', 'bonn'], ['sign in', 'gn i'], ['log in', 'og i'],
  ['abonn', 'bonn'], ['suscr', 'uscr'], ['rights', 'righ'], ['rechte', 'echt'], ['droits', 'oits'], ['derechos', 'erec'], ['diritti', 'diri'],
  ['©', ''], ['(c)', ''], ['copyright', 'righ'], ['click', 'clic'], ['folgen', 'folg'], ['javascript', 'avas'], ['browser', 'wser'],
  ['continue', 'inue'], ['anmelden', 'anme'], ['registrieren', 'iere'], ["s'abonner", 'bonn'],
];

/** Cheap first filter, applied before the stems: a line without one of these words is no notice (so a line whose only stem is "members" never was one). */
export const NOTICE_HINT = new RegExp(words(NOTICE_HINT_WORDS.map(([word]) => word)), 'i');

/** Four ASCII characters, case-folded, packed 7 bits each. */
const GRAM_MASK = 0xfffffff;
const GRAM_BITS = 16;
/** A bit per hash of a hint word's four letters: a set bit lets a line through to NOTICE_HINT, which decides. */
const HINT_GRAMS = (() => {
  const table = new Uint8Array(1 << GRAM_BITS);
  for (const [, gram] of NOTICE_HINT_WORDS) {
    if (gram === '') continue;
    let key = 0;
    for (let i = 0; i < gram.length; i++) key = ((key << 7) | gram.charCodeAt(i)) & GRAM_MASK;
    table[Math.imul(key, 0x9e3779b1) >>> (32 - GRAM_BITS)] = 1;
  }
  return table;
})();
const COPYRIGHT_SIGN = 0xa9;
const CLOSE_PAREN = 0x29;

/**
 * False when the text holds none of NOTICE_HINT's words: none of their four letters (ASCII
 * letters compared without case, as the alternation's /i does), no "©" and no "(c)". True says
 * only "maybe": NOTICE_HINT is asked next.
 */
export function mayHoldHint(text: string): boolean {
  let key = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      if (c === COPYRIGHT_SIGN) return true;
      run = 0;
      continue;
    }
    if (c >= 65 && c <= 90) c |= 32;
    if (c === CLOSE_PAREN && run >= 2 && (key & 0x3fff) === ((0x28 << 7) | 0x63)) return true;
    key = ((key << 7) | c) & GRAM_MASK;
    if (++run >= 4 && HINT_GRAMS[Math.imul(key, 0x9e3779b1) >>> (32 - GRAM_BITS)] === 1) return true;
  }
  return false;
}

/** Each phrase on its own, with its stems: a line is tried only against the phrases whose stems it holds. */
const NOTICES = NOTICE_PHRASES.map(([pattern, stems]) => ({ pattern: new RegExp(pattern, 'iu'), stems }));

/** Stems of four characters or more, by a hash of their first four (each character's low byte); the shorter ones ("©", "(c)") apart. */
const STEM_BITS = 12;
const stemHash = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - STEM_BITS);
const STEM_BUCKETS: { stem: string; phrase: number }[][] = [];
const SHORT_STEMS: { stem: string; phrase: number }[] = [];
NOTICES.forEach(({ stems }, phrase) => {
  for (const stem of stems) {
    if (stem.length < 4) {
      SHORT_STEMS.push({ stem, phrase });
      continue;
    }
    let key = 0;
    for (let i = 0; i < 4; i++) key = (key << 8) | (stem.charCodeAt(i) & 0xff);
    (STEM_BUCKETS[stemHash(key)] ??= []).push({ stem, phrase });
  }
});
const held = new Uint8Array(NOTICES.length);
/** The stems of each notice phrase, in NOTICES' order (test/fast-paths reads phrasesHeld against them). */
export const NOTICE_STEMS: readonly (readonly string[])[] = NOTICE_PHRASES.map(([, stems]) => stems);

/**
 * Which phrases' stems the lower-cased line holds (1 at the phrase's place), as
 * `NOTICES.map(({ stems }) => stems.some((stem) => lower.includes(stem)))` says: one pass over
 * the line, each place's four characters asking only the stems that begin with them. The array
 * is reused by the next call.
 */
export function phrasesHeld(lower: string): Uint8Array {
  held.fill(0);
  let key = 0;
  for (let i = 0; i < lower.length; i++) {
    key = (key << 8) | (lower.charCodeAt(i) & 0xff);
    if (i < 3) continue;
    const bucket = STEM_BUCKETS[stemHash(key)];
    if (bucket === undefined) continue;
    for (const { stem, phrase } of bucket) if (held[phrase] === 0 && lower.startsWith(stem, i - 3)) held[phrase] = 1;
  }
  for (const { stem, phrase } of SHORT_STEMS) if (held[phrase] === 0 && lower.includes(stem)) held[phrase] = 1;
  return held;
}

/**
 * The first boilerplate phrase in a line that holds a NOTICE_HINT word (as BOILERPLATE.exec finds
 * it), or undefined. BOILERPLATE's match is the leftmost of its phrases' matches, the earlier
 * phrase among those at one place: so it is found phrase by phrase, trying only the phrases whose
 * stems the line holds (the whole alternation, case-insensitive, cost more than all of them).
 */
export function noticePhrase(text: string): string | undefined {
  if (!mayHoldHint(text) || !NOTICE_HINT.test(text)) return undefined;
  if (FOLDS_TO_ASCII.test(text)) return BOILERPLATE.exec(text)?.[0];
  const tried = phrasesHeld(text.toLowerCase());
  let first: RegExpExecArray | null = null;
  for (let i = 0; i < NOTICES.length; i++) {
    if (tried[i] === 0) continue;
    const m = NOTICES[i]!.pattern.exec(text);
    if (m !== null && (first === null || m.index < first.index)) first = m;
  }
  return first?.[0];
}

/** Dateline opening a story: "MOSCOW - ", "WASHINGTON (Reuters) -", "BERLIN, Feb 3 (dpa) –". */
export const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?)(?:\s*,\s*[^-–—(]{1,30}?)?\s*(?:\([^()]{1,30}\))?\s*[-–—]{1,2}\s+(?=\S)/u;
/** Same, for mixed-case places that are followed by an agency in brackets: "Moscow (AFP) - ". */
export const DATELINE_AGENCY = /^(\p{Lu}[\p{L}\p{M} .'’-]{1,40}?)(?:\s*,\s*[^-–—(]{1,30}?)?\s*\((?:[^()]{0,20})?(?:Reuters|AP|AFP|dpa|KNA|epd|APA|SDA|EFE|ANSA|Xinhua|UPI|IANS|PTI)[^()]{0,20}\)\s*[-–—:]{1,2}\s+(?=\S)/u;

/** Trailing separators of a source line ("Reuters |"). */
export const TRAILING_SEPARATOR = /\s*[|·•/–—-]+\s*$/u;
/** The same separators for html/metadata's suffix stripping, captured, without the colon ("Brexit: what next"). */
export const TITLE_SEPARATOR_SPLIT = /(\s+[|–—»›·•-]\s+|\s+::\s+|\s*\|\s*)/u;
/** Slashes between a title's parts: a forum's trail from the topic up to the site ("Topic / Board / Site"). */
export const TITLE_SLASH_SPLIT = /\s+\/\s+/u;
/** " | " or a spaced hyphen inside a headline: what follows is a tagline, section or site name. */
export const HEADLINE_TAIL = /\s+(?:\||-)\s+/u;
/**
 * A menu entry glued to its link label by innerText: "Careers at Acme Go to Careers",
 * "Karriere bei Acme Gehe zu Karriere". The label's words repeat the entry's.
 */
export const LINK_LABEL_TAIL = /^(.+?)\s+(?:go to|gehe zu|geh zu|zur|zum|aller à|aller aux?|ir a|vai a|ga naar|przejdź do)\s+(\S.{0,40})$/iu;

/** Class words of a thread prefix a forum sets in its headline before the title ("<span class=label>News</span>"). */
export const HEADLINE_PREFIX_CLASS = /(?:^| )(?:label|prefix|badge)(?= |$)/;
/** The permalink mark documentation generators append to a heading ("Middleware¶"): no part of its words. */
export const PERMALINK_MARK = /\s*¶\s*$/u;
/** A field label's line: it ends in its colon ("Weight:", "Best for:", "重量："), its value on the next line. */
export const LABEL_END = /[:：]$/u;

/**
 * LABEL_END.test(text), read off the last character: an expression anchored only at the end is
 * tried from every position of the line (test/fast-paths-29t checks the two agree).
 */
export function endsInLabelColon(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x3a || c === 0xff1a;
}
/** A one-word kicker before a headline proper: "Blog: …", "Review: …" (its word is group 1). */
export const KICKER = /^\s*(\p{L}+)\s*:\s+\S/u;
/** Where a headline's subtitle begins: a colon, question or exclamation mark, then a space ("Quays: a guide", "Why build? The case"). */
export const SUBTITLE_SPLIT = /[:?!]\s+/u;
/** A title a template cut off ("Wedding Checklists Wedding Timeline…"). */
export const CUT_SHORT = /(?:…|\.\.\.)\s*$/u;
/**
 * A headline closed by a full stop after a word ("Clarity, finally.", "You deserve to be happy."):
 * a sentence — a slogan or a description — not a name; an abbreviation's dot ("… Co.", "U.S.",
 * "Inc.") and a cut ("…") are no full stop.
 */
export const SENTENCE_CLOSE = /(?<!\b(?:inc|ltd|corp|bros|etc|approx|vs|jr|sr|st|no|co))(?<=\p{L}{2})\.\s*$/iu;
/** A label a template glues before the headline: "Title: …", "Thread: …", "Topic: …". */
export const TITLE_LABEL_PREFIX = /^(?:title|thread|topic|subject|titel|titre|título|titolo)\s*:\s*(?=\S)/iu;
/**
 * A manual's place number opening a page's heading: "3.1 Branches", "15 - Tutorial: …". It
 * numbers the page in its book's contents and is no word of its title. A lone "5." stays: it
 * is the chapter's own name as often.
 */
export const SECTION_NUMBER = /^\d+(?:\.\d+)+\.?\s+(?=\p{L})|^\d+\s+[-–—]\s+(?=\p{L})/u;
/** An English article opening a normKey()'d title ("the best …"): part of the title's wording, no furniture around it. */
export const LEADING_ARTICLE_KEY = /^(?:the|a|an) /u;
/**
 * Headings that name a page's section or function rather than its story ("Blog", "Latest News",
 * "Special Offers"): an <h1> like this is the template's, and the markup's title says more.
 */
export const GENERIC_HEADING = new RegExp(
  `^(?:(?:our|the|latest|recent|all)\\s+)?(?:${words([
    'blog', 'blogs', 'news', 'latest news', 'articles', 'posts', 'stories', 'insights', 'resources', 'press', 'press releases',
    'shop', 'store', 'special offers', 'offers', 'deals', 'forum', 'forums', 'discussion forum', 'community', 'discussions',
    'home', 'homepage', 'welcome', 'menu', 'search', 'search results', 'by', 'updates', 'magazine', 'journal',
    'breaking news', 'top stories', 'trending', 'most read', 'most popular', 'popular', 'related', 'support us', 'donate',
    'table of contents', 'contents', 'in this article', 'on this page',
    'aktuelles', 'neuigkeiten', 'nachrichten', 'actualités', 'actualidad', 'noticias', 'notizie', 'nieuws',
  ])})[.!:]?$`,
  'iu',
);
/** The name a template gives a site's front page in its title ("Home - Acme Blog"): it names no page of its own. */
export const FRONT_PAGE_LABEL = /^(?:home|home ?page|welcome|start|startseite|accueil|inicio)[.!]?$/iu;
/** A separator left at either end of a title by a template ("Headline - "). */
export const DANGLING_SEPARATOR = /^\s*[|–—»›·:-]\s+|\s+[|–—»›·:-]\s*$/gu;

/**
 * Where a dump glued two menu items: a lower-case letter right before a capitalised word
 * ("SofasSectionals", "Remote jobs in JapanRemote jobs in Peru"); not an acronym ("vCPU", "DüV").
 */
export const GLUE_POINT_ONE = /\p{Ll}\p{Lu}\p{Ll}/u;
/** GLUE_POINT_ONE for counting with match(). */
export const GLUE_POINT = new RegExp(GLUE_POINT_ONE.source, 'gu');
/** A documentation page's URL path word ("/docs/", "/reference/", "/api/"): a site files its manuals under these. */
export const DOCS_URL_PATH = /\/(?:docs?|documentation|reference|manual|handbook|api|guides?|tutorials?|userguide|book|learn|wiki|support)(?:[/.]|$)/i;
/** A documentation site's host ("docs.", "developer.", "wiki."). */
export const DOCS_URL_HOST = /^https?:\/\/(?:docs?|developers?|wiki|devdocs)\./i;
/** The label over a recipe's ingredient list ("Zutaten", "Ingredients for 4 people", "Składniki:"): the word alone, with a colon or a "for …" (not a menu's "Ingredients & Preparation"). */
export const INGREDIENTS_LABEL = /^(?:zutaten|ingredients|ingredientes|ingrédients|ingredienti|ingrediënten|składniki|ainekset)(?:\s+(?:für|for|para|pour|per|voor|na)\s[^.!?:]{1,30})?\s*:?$/iu;
/** What a standfirst under a headline never holds: a date's or a time's digits, a label's colon, a credit in brackets, a breadcrumb's or a meta line's separators. */
export const STANDFIRST_MARKS = /[\d:()»>|·]/u;
/** A standfirst opens as a sentence does: a capital letter, a quotation mark or a dash. */
export const STANDFIRST_OPEN = /^[\p{Lu}"'„“‘«–-]/u;
/** A line that is a programming language's name alone ("Python", "Node.js", "C# (.NET Core)"): a code sample's tab label. */
export const CODE_LANGUAGE_LINE =
  /^(?:python|node(?:\.js)?|javascript|typescript|java|go|golang|ruby|php|c#|c\+\+|\.net|c#\s*\([^()]{1,30}\)|curl|bash|shell|powershell|kotlin|swift|rust|scala|perl|dart|objective-c|elixir|clojure|haskell|lua)$/iu;
/** A line of code: it ends in a brace or semicolon, holds an arrow or a dotted call ("if (x) {", "a.b(c)", "x => y"). */
export const CODE_LINE = /[{};]\s*$|=>|\w\.\w+\(/u;
/**
 * What code, paths, trees and flattened tables hold and a menu of glued items does not: brackets,
 * operators, a path of two slashes, tree bars, a dotted call, a number glued between words ("a.b(c)",
 * "| +-- KeyError", "/sys/efi", "// note", "Concepts7Input").
 */
export const NOT_GLUED_MENU = /[(){}<>=;_[\]|\\]|\/\S*\/|\w\.\w+\(|\p{L}\d+\p{Lu}/u;


/**
 * Where two elements' texts meet: a small letter before a capital ("Trek|Starvos"), a capitals'
 * word before a capitalised one ("HOKA|Clifton", "FPS|Shooter"), a number before a capital ("64|MSRP").
 * Read on the last two characters before the meeting point and the first two after it.
 */
export const ELEMENT_BREAK = /^(?:.\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Lu}\p{Ll}|.\p{N}\p{Lu})/u;
/** Marks prose is made of between its words: commas, colons, a sentence mark before a space. */
export const PROSE_MARK = /[,:;]|[.!?]\s/gu;

/** Navigation words that mark a menu line when the line has no sentence punctuation. */
export const NAV_WORDS = new RegExp(
  `(?:^|\\s)(?:${words([
    'menu', 'main menu', 'explore', 'navigation', 'skip to content', 'skip to main content', 'jump to',
    'sections', 'search', 'sign in', 'log in', 'login', 'logout', 'log out', 'sign up', 'register', 'my account',
    'home', 'homepage', 'subscribe', 'newsletter', 'newsletters', 'topics', 'toggle navigation', 'close',
    'zum inhalt springen', 'zur navigation', 'hauptmenü', 'suche', 'suchen', 'startseite', 'anmelden',
    'abmelden', 'registrieren', 'abonnieren', 'navigationspfad', 'aller au contenu', 'rechercher',
    'accueil', 'connexion', 'se connecter', 'buscar', 'inicio', 'iniciar sesión', 'cerca', 'accedi',
    'zoeken', 'inloggen', 'szukaj', 'zaloguj',
  ])})(?=$|[\\s:|·•,])`,
  'giu',
);

/**
 * Lines that close a page: copyright, legal links, imprint. In a dump they sit at the end; met
 * between two stretches of prose they say one page ended there (segment/pages).
 */
export const PAGE_FOOTER_LINE =
  /©|\(c\)\s*(?:19|20)\d\d|all rights reserved|rights reserved|privacy policy|privacy notice|terms of (?:use|service)|terms (?:&|and) conditions|cookie (?:policy|settings|preferences)|impressum|datenschutz|mentions légales|aviso legal|política de privacidad|do not sell my/iu;

/** The reservation of rights a copyright notice closes with (en, de, fr, es, it). */
const RIGHTS_RESERVED = 'all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati';
/** The copyright sign, or "(c)" before a year. */
const COPYRIGHT_MARK = String.raw`©|\(c\)\s*(?:19|20)\d\d`;

/**
 * A copyright notice as a page's footer prints it: the line opens with the sign and a year
 * ("© 2026 Shop Inc.", "Copyright © 1999-2026 …") or ends in the reservation ("… All rights
 * reserved."). Not a picture's credit ("Photo: … © 2024 Name"), nor a notice quoted mid-sentence.
 */
export const COPYRIGHT_NOTICE = new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d|(?:${RIGHTS_RESERVED})\.?$`, 'iu');

/**
 * A note of a page's fine print: the line opens with a footnote mark ("† New subscribers only.",
 * "‡* Subject to credit approval.", "◊ Financing available …", Wikipedia's "^ The prize was …").
 * Not "*", a list's bullet in a dump as often, nor "§", a section sign or a heading's anchor.
 */
export const FOOTNOTE_LINE = /^[†‡◊∆※^][†‡◊∆※^*°]*\s*\p{L}/u;

/** A page's copyright line: the one closing line that no page repeats in its middle. */
export const COPYRIGHT_LINE = new RegExp(`${COPYRIGHT_MARK}|${RIGHTS_RESERVED}`, 'iu');

/**
 * A line made only of skip links ("Skip to product list", "Skip to content Skip to footer"): each a
 * few words after "skip to" or "jump to", no sentence ("Skip to step 4 if your tank is full" stays).
 */
export const SKIP_LINK_LINE = /^(?:(?:skip|jump) to(?: ?\p{L}+){1,4}\s*)+$/iu;
/** A skip link: the first line of a page's header, never in its middle. */
export const SKIP_LINK = /^(?:skip to|skip navigation|jump to (?:content|main)|zum inhalt|zur navigation springen|aller au contenu|saltar al contenido|vai al contenuto|naar inhoud)/iu;

/**
 * A line that labels an interface control or states a shop's or a site's terms of use, never a
 * headline: a skip link or view switch ("Skip to product list", "View as Markdown"), a picker or a
 * stepper ("Select your location", "Decrease quantity of …"), a carousel or search hint, a reply
 * button, a version or delivery stamp, a star rating.
 */
export const CONTROL_LINE = new RegExp(
  `^(?:${words([
    'skip to', 'to the page content', 'go to', 'jump to', 'view as', 'view all', 'view my', 'view cart',
    'view details', 'see details', 'open in', 'open markdown', 'copy item path', 'copy link', 'copy page',
    'select your', 'select a', 'select an', 'choose your', 'add to cart', 'add to bag', 'add to basket', 'add to wishlist',
    'decrease quantity', 'increase quantity', 'previous slide', 'next slide', 'previous carousel', 'next carousel',
    'type to search', 'type to start searching', 'start typing', 'reply with quote', 'quote reply', 'submit a new link',
    'move to sidebar', 'powered by', 'user name', 'enter your email', 'use code', 'version:', 'documentation version',
    'thread starter', 'located in:', 'source code:', 'time to complete', 'est. delivery', 'free shipping',
    'free ground shipping', 'zum seiteninhalt', 'zur startseite', 'in den warenkorb', 'ajouter au panier',
    'añadir al carrito', 'aggiungi al carrello',
  ])})(?=$|[\\s:.,])|^press \\S+ (?:or \\S+ )?to |\\bout of 5 stars\\b|\\bstars out of 5\\b`,
  'iu',
);

/** A line that is a whole site-menu item ("About", "Contact us", "Blog"): a site header's or footer's. */
export const SITE_MENU_LINE = /^(?:about(?: us| me)?|contact(?: us| me)?|blog|services|products|solutions|pricing|resources|company|careers|faq|help|support|shop|store|events|team|portfolio|work|projects|home|über uns|kontakt|à propos|qui sommes-nous|contacto|sobre nosotros|chi siamo|contatti|over ons)$/iu;

/**
 * A mega-menu's link to a whole category, alone on its line: "All Tents", "All Men's Shoes" (1-4
 * words after "All", no digit, no sentence or label mark: "All items (1,204)" is a count, "All
 * three serums." a sentence).
 */
export const CATEGORY_ALL_LINE = /^All(?:\s+[^\s\d.!?:]+){1,4}$/u;

/** A line that is a whole social-network link: a footer's, or a share bar's inside a page. */
export const SOCIAL_LINE = /^(?:facebook|twitter|x|instagram|linkedin|youtube|pinterest|tiktok|rss|github|mastodon|bluesky|threads|whatsapp|telegram|e-?mail)$/iu;

/** "Back to top": the last line of a page. */
export const BACK_TO_TOP = /^(?:back to top|top|scroll to top|go to top|nach oben|zurück nach oben|retour en haut|haut de page|volver arriba|torna su)\W*$/iu;

/** An error page's own line: "Page not found", "404", "Access denied". */
export const ERROR_PAGE_LINE = /^(?:error\s*)?(?:404|403|410|500|503)\b|\b(?:page|file|article) (?:not found|could not be found|does not exist|no longer exists)\b|\baccess denied\b|\bseite (?:nicht gefunden|existiert nicht)\b|\bpage (?:introuvable|non trouvée)\b|\bpágina no encontrada\b|\bpagina non trovata\b/iu;

/** A login or paywall form's own line: a password field, a "sign in to continue" prompt. */
export const LOGIN_LINE = /^(?:password|passwort|mot de passe|contraseña|forgot (?:your )?password\??|passwort vergessen\??|mot de passe oublié\s*\??)$|\b(?:sign|log) in to (?:continue|read|view|access)\b|\bsubscribe to (?:continue|read)\b|\bthis (?:content|article) is for (?:subscribers|members)\b/iu;

/** Lines that open a page: skip links, the menu and account buttons of a site header. */
export const PAGE_HEADER_LINE = new RegExp(
  `^(?:${words([
    'skip to content', 'skip to main content', 'skip to main', 'skip to navigation', 'jump to content', 'menu', 'main menu',
    'open menu', 'toggle navigation', 'toggle menu', 'search', 'sign in', 'log in', 'login', 'subscribe', 'sign up',
    'my account', 'zum inhalt springen', 'hauptmenü', 'suche', 'anmelden', 'aller au contenu', 'rechercher', 'buscar',
    'saltar al contenido', 'vai al contenuto', 'naar inhoud springen',
  ])})\\b`,
  'iu',
);

/** Dots that end no sentence: an abbreviation ("vs.", "e.g.") or an initialism ("U.S.", "U.K."). */
export const NON_FINAL_DOTS = /\b(?:vs|etc|approx|e\.g|i\.e)\.|\b(?:\p{Lu}\.){2,}/gu;
/** A question's or an exclamation's closing mark (full-width ones too), brackets and quotes allowed after it. */
export const QUESTION_END = /[?!？！][)\]"'”’]?$/u;

/** QUESTION_END.test(text), read off the last two characters (not tried from every position, as the expression is). */
export function endsAsQuestion(text: string): boolean {
  let t = text.length - 1;
  let c = text.charCodeAt(t);
  if (c === 0x29 || c === 0x5d || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019) c = text.charCodeAt(--t);
  return c === 0x3f || c === 0x21 || c === 0xff1f || c === 0xff01;
}

/**
 * A line opening with a date in figures ("2024-05-03 10:09:38 ERROR …", "27.01.2020 Soziales …")
 * or with one glued between words by innerText ("Jane Doe21.05.2019Beauty"): a log entry, a
 * story's stamp or its meta line, never a headline.
 */
export const DATE_STAMP_LINE =
  /^\[?(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?!\d)|[^\W\d_](?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?!\d)/u;
/** Contact lines: an e-mail address or a web address (a phone number is PHONE_RUN's). */
export const TITLE_CONTACT = /[\w.+-]+@[\w-]+\.\p{L}{2,}|https?:\/\/|\bwww\./iu;
/** A run of digits a phone number may be (stamps and part numbers look alike). */
export const PHONE_RUN = /\+?\d[\d\s().\/-]{7,}\d/gu;
/**
 * A digit run that is a date written with dashes or slashes ("2024-10-04", "12/19/2025") or a span
 * of years ("2024-2025"), which headlines hold, and no phone number. A dotted date ("14.09.2020")
 * is not one of them: the lines that print one are stamps and bylines ("Par Jean Dupont le
 * 14.09.2020", "Zuletzt geändert am …").
 */
export const HEADLINE_DATE_RUN = /^(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|(?:19|20)\d\d\s*[-/]\s*(?:19|20)?\d\d)$/u;

/**
 * A blog's or paper's post navigation with the other post's title: "← Older title", "Previous
 * article: Title", "Nächster ArtikelTitle" (glued where the dump joined the label and the link),
 * "Article suivant Title", "Newer Post Older Post Home".
 */
export const POST_NAV =
  /^(?:←\s*\S|(?:previous|next|older|newer)\s*(?:post|article|entry|story)\s*:?\s*\S|(?:vorherige[rs]?|nächste[rs]?)\s*(?:artikel|beitrag)\s*:?\s*\S|article (?:suivant|précédent)\s*:?\s*\S|artículo (?:anterior|siguiente)\s*:?\s*\S)/iu;

/** Link tails that point elsewhere. */
export const READ_MORE = new RegExp(
  `^(?:${words([
    'read more', 'read the full story', 'read full article', 'continue reading', 'more', 'show more', 'load more',
    'view more', 'see more', 'weiterlesen', 'mehr lesen', 'mehr anzeigen', 'mehr erfahren', 'lire la suite',
    'en savoir plus', 'leer más', 'ver más', 'leggi tutto', 'continua a leggere', 'leia mais', 'lees meer',
    'czytaj więcej', 'zum artikel', 'zur startseite', 'back to top', 'nach oben', 'top',
  ])})\\b[\\s.…»>→:-]*$`,
  'iu',
);

// ---------------------------------------------------------------------------------------------
// HTML: class/id words of page furniture. Matched against an element's class and id split into
// lower-case words (camelCase and -/_ split: "articleShare-bar" → "article share bar"), so "nav"
// matches "main-nav" but not "canvas". Used by src/html/prune-rules.ts and src/html/choose.ts.
// ---------------------------------------------------------------------------------------------

// "has-sidebar", "with-comments", "no-ads" describe a page layout, not the element: not matched.
const markup = (list: readonly string[]): RegExp => new RegExp(`(?:^| )(?<!(?:has|with|no|without) )(?:${words(list)})(?= |$)`);

export const HTML_NAV_WORDS = markup([
  'nav', 'navbar', 'navigation', 'navi', 'menu', 'menubar', 'mainmenu', 'megamenu', 'submenu', 'subnav', 'breadcrumb',
  'breadcrumbs', 'pagination', 'pager', 'skiplink', 'skip link', 'skip to content', 'sitemap', 'toolbar', 'topbar', 'crumb', 'crumbs',
  'table of contents', 'ez toc', 'loading', 'loader', 'load more',
]);
export const HTML_HEADER_WORDS = markup(['header', 'masthead', 'site header', 'page header', 'branding', 'top bar']);
export const HTML_FOOTER_WORDS = markup(['footer', 'site footer', 'page footer', 'colophon', 'bottom bar', 'footnav']);
// Not "widget": page builders (Elementor, Blogger) call every block of the story a widget.
export const HTML_ASIDE_WORDS = markup(['sidebar', 'side bar', 'aside', 'rail', 'right rail', 'widget area', 'marginal']);
// Not "cmp" alone: Adobe Experience Manager names every component "cmp-…" (cmp-text, cmp-container).
const CONSENT_WORDS = [
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp banner', 'cmp dialog', 'cmp wrapper', 'cmp popup', 'onetrust', 'usercentrics', 'didomi', 'cookiebot', 'privacy banner',
];
/** A cookie or consent box by its class/id words (html/prune's hidden-text count leaves these out). */
export const HTML_CONSENT_WORDS = markup(CONSENT_WORDS);
/** Consent words and a pop-up's: a box the page opens over itself on demand ("modal", "dialog_body", as role="dialog"). */
export const HTML_COOKIE_WORDS = markup([...CONSENT_WORDS, 'modal', 'popup', 'overlay', 'dialog']);
/**
 * A product page's fine print by its class/id words: the shop's disclaimers and the footnotes its
 * marketing calls ("disclaimer", "footnotes", "fine-print", "legal-disclaimer"). Not "legal" alone:
 * a shop names its seller and delivery fields "legal" too.
 */
export const HTML_FINE_PRINT_WORDS = markup(['disclaimer', 'disclaimers', 'footnote', 'footnotes', 'fine print', 'fineprint', 'small print', 'smallprint']);
export const HTML_SHARE_WORDS = markup([
  'share', 'shares', 'sharing', 'sharebar', 'share bar', 'share buttons', 'social', 'socials', 'social media',
  'shariff', 'addthis', 'sharethis', 'follow us', 'print', 'bookmark',
  'reading time', 'read time', 'readtime', 'lesezeit', 'rating', 'ratings', 'post ratings', 'star rating', 'voting', 'bewertung',
]);
/**
 * A line that is only a shop's cart or wish-list control ("Add to bag", "Added to cart", "Buy it
 * now", "Qty:", "Notify me when available") or the stand-in for a missing product photo ("Image
 * unavailable"): a button's or a picker's words, never a sentence of the page.
 */
export const CART_CONTROL = /^(?:add(?:ed)? to (?:cart|bag|basket|wish ?list)|buy (?:it )?now|quantity|qty|notify me(?: when (?:back in stock|available))?|image (?:unavailable|not available(?: for colou?r)?)|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello)\s*[:!.]?$/iu;
/**
 * A line that offers a shop's loyalty reward for the purchase ("Earn up to 500 points per item",
 * "Members earn 80 points on this purchase", "Get 3% cash back with our card"): the same offer on
 * every product, like the delivery offer. It opens the line, so a sentence that goes on to it stays.
 */
export const LOYALTY_OFFER = /^(?:(?:members|rewards members)\s+)?(?:earn|get|receive|collect)\b.{0,40}\b(?:points|rewards?|cash ?back)\b/iu;
/** A line that is only a control of the product's picture viewer ("Image 1 of 11", "Video", "Loading"). */
export const MEDIA_CONTROL = /^(?:(?:image|photo|slide) \d+ (?:of|\/) \d+|videos?|\d+ videos|images|360° view|loading(?:\.\.\.|…)?)$/iu;
/**
 * A line that only offers the shop's help or its add-on services ("Ask an Expert", "Video Chat
 * with a Lighting Expert - Live", "Need help choosing gear?", "Add a protection plan from $79.99",
 * "Protect your purchase"), or only labels an ad ("Sponsored"): the same on every product the shop
 * sells, like its delivery offer.
 */
export const SHOP_SERVICE_LINE = new RegExp(
  [
    String.raw`ask an expert|(?:live |video )?chat (?:live )?with (?:a|an|our) (?:[\p{L}-]+ ){0,2}(?:expert|specialist|advisor)s?(?:\s*[-–]\s*live)?`,
    String.raw`need help(?: choosing [\p{L} ]{1,30}| with (?:your|an?) order)?`,
    String.raw`(?:add an? )?(?:\d+[- ]year )?(?:protection|extended warranty|accident protection) plan\b.{0,30}|protect your (?:gear|purchase|device|item)`,
    'sponsored|advertisement',
  ]
    .map((x) => String.raw`^(?:${x})\s*[?!.]?$`)
    .join('|'),
  'iu',
);
/**
 * A line that is only a product's stock status ("In stock!", "Low in stock, only 3 left", "Sold
 * out"). On a product page the buy box's; on a catalogue's card it tells the card's item apart.
 */
export const STOCK_LINE = /^(?:(?:in|out of) stock|low (?:in )?stock(?:,? only \d+ left)?|only \d+ left(?: in stock)?|sold out|back in stock|en stock|auf lager|ausverkauft|agotado|épuisé)\s*[!.]?$/iu;
/** An amount of money: a currency sign or code beside a number ("$24.50", "19,99 €", "CHF 40"). */
const MONEY = String.raw`(?:[$€£¥₹]|\b(?:EUR|USD|GBP|CHF)\b)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₹]|\b(?:EUR|USD|GBP|CHF)\b)`;
/** A price somewhere in a text. */
export const PRICE_TEXT = new RegExp(MONEY);
/**
 * A shop's delivery offer: free shipping, delivery or returns ("Free Shipping on Orders $75+",
 * "FREE Fast Delivery", "Fast & Free Shipping") or the delivery's price ("+ $23.50 delivery",
 * "Standard shipping $9.99"). Read in a short line only: a sentence about shipping says more.
 */
export const SHIPPING_OFFER = new RegExp(String.raw`\bfree(?:\s+[\p{L}-]+){0,2}\s+(?:shipping|delivery|returns)\b|\b(?:shipping|delivery)\s+(?:[\p{L}-]+\s+)?(?:${MONEY})|(?:${MONEY})(?:\s+[\p{L}-]+){0,2}\s+(?:shipping|delivery)\b`, 'iu');
/**
 * A line that is only a price: amounts, a range or a before/after pair, and at most a two-word
 * label before them ("$24.99", "Sale price €19,99", "RRP: EUR 40 EUR 32", "$85.93 - $115.00").
 */
export const PRICE_LINE = new RegExp(String.raw`^(?:[\p{L}.]+(?: [\p{L}.]+)?:? ?)?(?:${MONEY})(?: ?(?:[-–/]|to)? ?(?:${MONEY}))*$`, 'iu');
/**
 * A shop page's label over what is not the product's own description: shoppers' reviews, other
 * products ("Customers also bought", "Recently viewed", "Frequently bought together"). Alone on a
 * line, with at most a count ("Reviews (29)").
 */
const OTHER_PRODUCTS_LABELS = [
  'frequently bought together', 'frequently purchased with', 'frequently purchased together',
  'customers also bought', 'customers also viewed', 'customers who viewed this item also viewed',
  'customers who bought this item also bought', 'recently viewed', 'recently viewed products', 'recently viewed items',
  'similar items', 'similar products', 'related products', 'related items', 'you may also like', 'you might also like',
  'complete the look', 'shop the look', 'pairs well with',
];
/** A label alone on a line, with at most a count ("Reviews (29)") and a colon. */
const labelLine = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})\\s*(?:\\(\\d[\\d,.]*\\))?\\s*:?$`, 'iu');
export const SHOP_END_LABEL = labelLine(
  words([
    'reviews', 'customer reviews', 'product reviews', 'ratings & reviews', 'ratings and reviews', 'reviews & ratings',
    'reviews and ratings', ...OTHER_PRODUCTS_LABELS,
  ]),
);
/**
 * The label over other products on a shop's page, not over its reviews (the references of some
 * shops keep a product's reviews): SHOP_END_LABEL's other products, and who else bought or viewed
 * what ("People who viewed this item also viewed", "Others like you also bought"), the seller's
 * other items, the shop's featured or recently viewed products.
 */
export const OTHER_PRODUCTS_LABEL = labelLine(
  [
    words(OTHER_PRODUCTS_LABELS),
    String.raw`(?:people|customers|shoppers|others)(?: like you)?(?: who (?:viewed|bought) this (?:item|product))? also (?:viewed|bought|liked)`,
    String.raw`(?:the )?seller['’]s other items|more from this seller|other items from this seller`,
    String.raw`featured products|your recently viewed(?: items| products)?|(?:your )?browsing history`,
  ].join('|'),
);
/** The heading over a shop page's description of its product: "Description", "About this game", "Product details". */
export const DESCRIPTION_HEADING = /^(?:(?:product |item )?description|about (?:this|the) (?:game|item|product)|(?:product|item) details|overview)\s*:?$/iu;
/**
 * A heading that names the shop's terms rather than the product: shipping, delivery, returns,
 * exchanges, refunds, warranty ("Shipping & Returns", "Warranty Info", "Delivery and returns
 * policy", "Versand & Rückgabe", "Livraison et retours"), alone or joined by "and", "&", ",", "/".
 */
const POLICY_WORD = String.raw`(?:free\s+|standard\s+|our\s+)?(?:shipping|delivery|returns?|exchanges?|refunds?|warrant(?:y|ies)|versand|lieferung|rückgabe|garantie|livraison|retours?|envío|devoluci[oó]n(?:es)?)`;
export const STORE_POLICY_HEADING = new RegExp(
  String.raw`^${POLICY_WORD}(?:\s*(?:,|&|\+|/|\band\b|\bund\b|\bet\b|\by\b)\s*${POLICY_WORD})*(?:\s+(?:polic(?:y|ies)|info(?:rmation)?|details))?\s*:?$`,
  'iu',
);
/**
 * A heading over the shop selling itself rather than the product: why buy from this shop, what
 * makes its staff good ("Why shop with us?", "Why Harbourmart is the best place to buy
 * kettles.", "What makes our gear advisers great?", "Warum bei uns kaufen?", "Pourquoi acheter
 * chez nous ?", "¿Por qué comprar en …?"). "Why choose …" and "Why buy the …" stay: they may
 * argue for the product itself.
 */
export const SHOP_PITCH_HEADING = new RegExp(
  '^(?:' +
    [
      String.raw`why (?:buy|shop|order)(?: online)? (?:from|with|at|through) .{1,40}`,
      String.raw`why .{1,40}? is the best place to (?:buy|shop).{0,40}`,
      String.raw`what makes our (?:[\p{L}-]+ ){0,2}(?:team|staff|experts?|specialists?|advis[eo]rs?|engineers?|service) (?:so )?(?:great|different|special)`,
      String.raw`warum (?:bei|über) .{1,30} (?:kaufen|bestellen)`,
      String.raw`pourquoi (?:acheter|commander) (?:chez|sur) .{1,30}`,
      String.raw`¿?por qué comprar en .{1,30}`,
      String.raw`perché acquistare (?:da|su) .{1,30}`,
    ].join('|') +
    String.raw`)\s*[?!.]?$`,
  'iu',
);
/**
 * A summary of what shoppers say about the item, under its own heading ("Customers say", "Kunden
 * sagen", "Les clients disent") or carrying its label ("AI-generated from customer reviews"): the
 * shop sums up its reviews, the shoppers' words about the product rather than its description.
 * "What our customers say" is not matched: a service's (or a catalogue's) testimonials, which
 * such pages keep.
 */
export const REVIEW_SUMMARY_HEADING =
  /^(?:(?:customers|shoppers|buyers) say|kunden sagen|les clients disent|los clientes dicen|i clienti dicono|klanten zeggen)\s*[:.]?$/iu;
export const REVIEW_SUMMARY_LABEL = new RegExp(
  '^(?:' +
    [
      String.raw`(?:ai|ki|ia)[- ]generated from (?:the )?(?:text of )?(?:customer|shopper|buyer)s?'? reviews`,
      String.raw`ki-generiert aus (?:dem text von )?kundenrezensionen`,
      String.raw`généré par (?:l'|l’)?ia à partir (?:du texte )?des (?:avis|commentaires) clients`,
      String.raw`generado por (?:la )?ia a partir (?:del texto )?de (?:las )?reseñas de clientes`,
      String.raw`generato dall'ia (?:a partire )?dal testo delle recensioni dei clienti`,
    ].join('|') +
    String.raw`)\.?$`,
  'iu',
);
/**
 * The kinds of wording a legal notice is made of, one pattern per kind: a copyright, the rights
 * reserved, trademarks, a licence agreement, terms of service or use, a privacy policy (en, de,
 * fr, es, it). A text that holds two kinds is the publisher's or maker's fine print ("© 2026 Maker.
 * All rights reserved. … are trademarks of …", "Subject to the EULA and Terms of Service").
 */
export const LEGAL_NOTICE_KINDS: readonly RegExp[] = [
  new RegExp(String.raw`${COPYRIGHT_MARK}|\bcopyright\b`, 'iu'),
  new RegExp(RIGHTS_RESERVED, 'iu'),
  /\btrade ?marks?\b|\bregistered marks?\b|\bwarenzeichen\b|eingetragene marken?\b|marques? déposées?|marcas? registradas?|marchi registrati/iu,
  /\bEULA\b|\blicen[cs]e (?:agreement|terms)\b|lizenz(?:vereinbarung|bedingungen)|contrat de licence|acuerdo de licencia|contratto di licenza/iu,
  /\bterms (?:of (?:service|use|sale)|(?:&|and) conditions)\b|\buser agreement\b|nutzungsbedingungen|conditions (?:générales|d'utilisation)|términos (?:de|y) (?:servicio|uso|condiciones)|termini (?:di|e) (?:servizio|uso|condizioni)/iu,
  /\bprivacy (?:(?:&|and) cookie )?(?:policy|statement|notice)\b|datenschutzerklärung|politique de confidentialité|política de privacidad|informativa (?:sulla )?privacy/iu,
];
/** A passage in quotation marks (“…”, „…“, «…», "…") of 8–300 characters: a quoted line, as a critic's blurb is printed. */
export const QUOTED_PASSAGE = /[“„«"][^“”„«»"]{8,300}[”“»"]/gu;
/** The rating words of HTML_SHARE_WORDS: a voting widget on a story, an item's stars on a card. */
export const HTML_RATING_WORDS = markup(['rating', 'ratings', 'post ratings', 'star rating', 'bewertung']);
export const HTML_NEWSLETTER_WORDS = markup([
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign up', 'optin', 'opt in',
  'registration wall', 'regwall',
]);
export const HTML_AD_WORDS = markup([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'ad slot', 'adunit', 'ad unit',
  'adsense', 'dfp', 'sponsor', 'sponsored', 'sponsors', 'promo', 'promotion', 'outbrain', 'taboola', 'plista',
  'anzeige', 'werbung', 'commercial', 'billboard', 'skyscraper', 'native ad',
  'affiliate', 'affiliate info', 'disclosure', 'disclaimer',
]);
export const HTML_COMMENT_WORDS = markup([
  'comment', 'comments', 'commentlist', 'comment list', 'disqus', 'respond', 'discussion', 'kommentar', 'kommentare',
  'replies', 'reply', 'commentaires', 'comentarios',
]);
/** A question or an answer of a Q&A thread by its microdata (schema.org QAPage markup): the comments inside one are remarks on that post. */
export const HTML_QA_POST_ITEMTYPE = /schema\.org\/(?:Question|Answer)\b/i;
/** Inside a comment section: who wrote a post, and the post's furniture (reply buttons, votes, its meta line). */
export const HTML_COMMENT_AUTHOR_WORDS = markup(['author', 'fn', 'name', 'username', 'user name', 'nickname', 'commenter', 'comment author', 'byline', 'autor']);
export const HTML_COMMENT_CHROME_WORDS = markup([
  'reply', 'replies', 'actions', 'action', 'toolbar', 'footer', 'vote', 'votes', 'like', 'likes', 'share', 'report', 'permalink', 'avatar', 'says',
]);
export const HTML_RELATED_WORDS = markup([
  'related', 'relatedposts', 'related posts', 'related articles', 'recommended', 'recommendation', 'recommendations',
  'read next', 'readnext', 'more stories', 'more articles', 'more from', 'most popular', 'mostpopular', 'most read',
  'mostread', 'popular', 'trending', 'also read', 'further reading', 'mehr zum thema', 'weitere artikel', 'teaser list',
  'similar', 'suggested', 'yarpp', 'jp relatedposts',
  'recirculation', 'next story', 'nextstory', 'next post', 'more posts',
]);
/** Shoppers' reviews and ratings of a product (widget vendors' class names included). */
export const HTML_REVIEW_WORDS = markup([
  'review', 'reviews', 'reviewlist', 'review list', 'customer reviews', 'product reviews', 'ratings', 'rating summary',
  'yotpo', 'bazaarvoice', 'trustpilot', 'okendo',
]);
/**
 * The review words that name shoppers' reviews alone: a section named for a shop's customers, or
 * the widget of an app that collects a shop's reviews. A critic's review (a film's, a product
 * test's) is named "review" or "product review", never so.
 */
export const HTML_SHOPPER_REVIEW_WORDS = markup(['customer reviews', 'customer review', 'judgeme', 'jdgm', 'yotpo', 'bazaarvoice', 'okendo']);
/**
 * A shop's "editorial reviews": the press's and the publisher's words on a book or a record
 * (quotes from critics, the author's note, an excerpt), the book trade's name for what the
 * publisher supplies. Not shoppers' reviews: html/reviews leaves them.
 */
export const HTML_EDITORIAL_REVIEW_WORDS = markup(['editorial reviews', 'editorial review', 'editorialreviews']);
export const HTML_AUTHOR_BOX_WORDS = markup([
  'author box', 'authorbox', 'author bio', 'author info', 'author card', 'about author', 'about the author',
  'author profile', 'bio box', 'biobox', 'author description',
  'post author', 'saboxplugin', 'author details', 'author area', 'author wrap',
]);
export const HTML_SIGNATURE_WORDS = markup(['signature', 'signatures', 'post signature', 'user signature', 'signaturecontainer', 'postsig', 'usersig']);
export const HTML_TAGS_WORDS = markup([
  'tags', 'tag list', 'taglist', 'tag cloud', 'tagcloud', 'post tags', 'story tags', 'article tags', 'entry tags', 'keywords',
  'schlagworte', 'schlagwoerter', 'topics list', 'post categories', 'entry categories',
]);
/**
 * Whole class names a CMS sets on the <body> of a static page, not a post: WordPress's `page`
 * type ("page-id-42"; a post says "postid-42"), Drupal's basic page ("page-node-type-page",
 * "node-type-page"; an article says "…-type-article").
 */
export const HTML_STATIC_PAGE_CLASS = /(?:^|\s)(?:page-id-\d+|(?:page-)?node-type-(?:basic-)?page)(?:\s|$)/i;
/** Whole class names (not words) that hide an element: "hidden-xs" only hides it on phones. */
export const HTML_HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|u-hidden|u-hiddenvisually|hidden-visually|is-visually-hidden|element-invisible|a11y-hidden|hide|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|d-none|invisible|offscreen)(?:\s|$)/i;
/**
 * Class names of a tooltip's or a popover's body, shown only while the pointer rests on its icon
 * ("tool-tip__content", "tooltiptext", "popover-body"): not its trigger, which names it in the text.
 */
export const HTML_TOOLTIP_CLASS = /tool-?tip[-_]*(?:content|text|body|inner|popup|box|panel)|popover[-_]*(?:content|body)/i;
export const HTML_HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Class/id words of a disclosure toggle ("faq__question", "accordion-header"): the hidden element after it is its panel. */
export const HTML_TOGGLE_WORDS = markup(['question', 'accordion', 'toggle', 'trigger', 'expander', 'collapse', 'collapsible', 'disclosure']);
/** Class/id words of a tab set's panel (as role="tabpanel"): the panels a reader switches between are all content. */
export const HTML_TAB_PANEL_WORDS = markup(['tab pane', 'tab panel', 'tabpanel', 'tab content', 'tabs content', 'tabs panel']);
/** A line that asks (Latin, full-width and Arabic question marks): an FAQ's question names the answer after it. */
export const HTML_QUESTION_END = /[?\uFF1F\u061F]\s*$/;

/** Class/id words that mark a story container (Readability's positive list, trimmed). */
export const HTML_CONTENT_WORDS = markup([
  'article', 'articlebody', 'article body', 'article content', 'body', 'content', 'entry', 'entry content', 'hentry',
  'h entry', 'main', 'page', 'post', 'post content', 'post body', 'text', 'blog', 'story', 'story body', 'rich text',
  'richtext', 'prose', 'artikel', 'beitrag', 'inhalt',
]);
/** Class/id words that mark furniture when scoring containers (Readability's negative list). */
export const HTML_NEGATIVE_WORDS = markup([
  'comment', 'comments', 'contact', 'footer', 'foot', 'masthead', 'meta', 'outbrain', 'promo', 'related', 'scroll',
  'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'widget', 'teaser', 'teasers',
  'nav', 'menu', 'banner', 'ad', 'ads', 'social', 'popular', 'recommended',
]);
/** Caption and credit containers inside a story. */
export const HTML_CAPTION_WORDS = markup([
  'caption', 'figcaption', 'wp caption text', 'image caption', 'img caption', 'photo caption', 'credit', 'credits',
  'image credit', 'photo credit', 'copyright', 'bildunterschrift', 'bildquelle', 'legende', 'legend',
  'image source', 'img source', 'photo source', 'image credits', 'photo credits', 'media credit', 'fotocredit',
]);
export const HTML_BYLINE_WORDS = markup(['byline', 'author', 'authors', 'author name', 'autor', 'writer', 'by line']);
/** A headline's standfirst (dek): the summary a story's header shows between its headline and its byline. */
export const HTML_STANDFIRST_WORDS = markup([
  'standfirst', 'dek', 'deck', 'subhead', 'sub head', 'subheadline', 'subtitle', 'sub title', 'subheading', 'summary',
  'lead', 'lede', 'excerpt', 'intro', 'ingress', 'shortdescription', 'short description', 'description', 'strapline',
  'sapo', 'chapeau', 'header', 'article header', 'post header', 'entry header',
]);
/** A card that opens on hover or click (an author's bio tooltip in a byline): its prose is hidden, not the body's start. */
export const HTML_POPUP_WORDS = markup(['tooltip', 'popover', 'hovercard', 'hover card', 'popup card']);
export const HTML_DATE_WORDS = markup(['date', 'time', 'timestamp', 'pubdate', 'published', 'datum', 'dateline', 'post date', 'entry date']);
/**
 * Labels that open a block of links to other pages; with TERMINATOR, TERMINATOR_START and
 * RELATED_PHRASE they make up rules/end-labels.ts's one notion of a story's end, on both paths.
 * A short tail is allowed after the openers that name a place: "More from CNN", "Mehr aus dem Ressort".
 */
const END_LABEL_WORDS = [
    'das könnte dich auch interessieren', 'das könnte sie auch interessieren', 'schon gelesen', 'weitere themen',
    'weitere beiträge', 'beiträge zum thema', 'weitere beiträge zum thema', 'empfohlene beiträge', 'weiterführende links',
    'nächster artikel', 'vorheriger artikel', 'die neuesten meldungen', 'neueste artikel', 'aktuelle news', 'aktuelle artikel',
    'schlagworte', 'schlagwörter', 'tags', 'themen', 'stichworte', 'verwandte artikel', 'ähnliche artikel', 'ähnliche beiträge',
    'next article', 'previous article', 'next post', 'previous post', 'related topics', 'topics', 'tagged', 'share this article',
    'share this', 'about the author', 'über den autor', 'zum autor', 'top-themen', 'top themen', 'contenido relacionado',
    'noticias relacionadas', 'artículos relacionados', 'weitere informationen', 'vorschau auf den nächsten artikel',
    'temas relacionados', 'powiązane tematy', 'why trust us', 'article sources',
];
/** END_LABEL's openers that may carry a short tail, the place they name ("More from CNN"). */
const END_LABEL_LEADS = ['mehr aus', 'mehr von', 'mehr zu', 'mehr zum thema', 'more from', 'more on', 'more in', 'more about', 'weitere artikel', 'weitere beiträge',
    'weitere meldungen', 'weitere nachrichten', 'weitere news', 'weitere themen', 'weitere pressemitteilungen', 'alle artikel', 'latest from', 'also on'];
/** Phrases END_LABEL finds after at most END_TAIL_FROM characters ("You may also like", "Das könnte Sie auch interessieren"). */
const END_LABEL_TAILS = ['auch interessieren', 'also like', 'also be interested', 'also enjoy'];
const END_TAIL_FROM = 30;
export const END_LABEL = new RegExp(
  `^(?:(?:${words(END_LABEL_WORDS)})|(?:${words(END_LABEL_LEADS)})(?:\\s+\\S+){0,4}|.{0,${END_TAIL_FROM}}\\b(?:${words(END_LABEL_TAILS)})\\b.{0,10})\\s*[:.…!?»>-]*(?:\\s*\\d+)?$`,
  'iu',
);

/**
 * A UTF-16 unit as the /iu expressions compare it with a lower-case ASCII or Latin-1 letter:
 * upper case lowered, and the few units elsewhere that fold onto one of those (long s, the
 * Kelvin and Ångström signs, Ÿ, capital sharp s). Any other unit stays itself, and equals none of
 * those letters (test/fast-paths-27a checks every unit against the expressions' folding).
 */
export function foldUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c | 32 : c;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
  switch (c) {
    case 0x17f:
      return 115;
    case 0x212a:
      return 107;
    case 0x212b:
      return 0xe5;
    case 0x178:
      return 0xff;
    case 0x1e9e:
      return 0xdf;
    default:
      return c;
  }
}

/** Four units from `at`, folded (foldUnit), packed a byte each: a unit past Latin-1 only ever packs into a key no word has. */
function foldedKey(text: string, at: number): number {
  return ((foldUnit(text.charCodeAt(at)) & 0xff) << 24) | ((foldUnit(text.charCodeAt(at + 1)) & 0xff) << 16) | ((foldUnit(text.charCodeAt(at + 2)) & 0xff) << 8) | (foldUnit(text.charCodeAt(at + 3)) & 0xff);
}

const OPENING_BITS = 16;
const openingHash = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - OPENING_BITS);
/** The words an end label opens with: TERMINATOR's, END_LABEL's and TERMINATOR_START's (every one four characters or more). */
export const END_LABEL_OPENERS: readonly string[] = [...TERMINATOR_WORDS, ...END_LABEL_WORDS, ...END_LABEL_LEADS, ...TERMINATOR_START_WORDS];
/** A bit per hash of an opener's first four characters (folded): a set bit only says "maybe". */
const END_LABEL_OPENINGS = (() => {
  const table = new Uint8Array(1 << OPENING_BITS);
  for (const w of END_LABEL_OPENERS) table[openingHash(foldedKey(foldable(w), 0))] = 1;
  return table;
})();
/** The first four characters of each END_LABEL_TAILS phrase, folded; every phrase opens with END_TAIL_FIRST. */
const END_TAIL_KEYS = END_LABEL_TAILS.map((p) => foldedKey(foldable(p), 0));
const END_TAIL_FIRST = 97;
if (END_LABEL_TAILS.some((p) => p.charCodeAt(0) !== END_TAIL_FIRST)) throw new Error('an END_LABEL_TAILS phrase opens with another letter');

/** `word`, when its first four characters are lower-case ASCII or Latin-1 (what foldUnit folds onto): packed, they are their folded key. */
function foldable(word: string): string {
  for (let i = 0; i < 4; i++) {
    const c = word.charCodeAt(i);
    if (!(c < 0x100 && foldUnit(c) === c)) throw new Error(`an end-label word's opening is not foldable: ${word}`);
  }
  return word;
}

/**
 * False when none of TERMINATOR, END_LABEL's openers and TERMINATOR_START can match `text`: it
 * neither opens with a digit (TERMINATOR's count) nor with four characters one of their words
 * opens with, compared as the /iu expressions compare them. True says only "maybe".
 */
export function mayOpenEndLabel(text: string): boolean {
  if (text.length < 4) return false;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return END_LABEL_OPENINGS[openingHash(foldedKey(text, 0))] === 1;
}

/**
 * False when END_LABEL's phrase alternative ("… also like", "… auch interessieren") cannot match:
 * no END_LABEL_TAILS phrase's first four characters start within its reach, the first
 * END_TAIL_FROM code points (a surrogate pair is one).
 */
export function mayHoldEndTail(text: string): boolean {
  const last = text.length - 4;
  let pairs = 0;
  for (let i = 0; i <= last && i - pairs <= END_TAIL_FROM; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) pairs++;
      continue;
    }
    // Only "a" and "A" fold to the phrases' first letter.
    if ((c | 32) !== END_TAIL_FIRST) continue;
    const key = foldedKey(text, i);
    for (const k of END_TAIL_KEYS) if (k === key) return true;
  }
  return false;
}
/**
 * Soft hyphens, zero-width spaces, word joiners and BOMs: invisible in a browser, and they break
 * word matching. Zero-width (non-)joiners carry meaning in emoji and in Indic and Persian scripts,
 * so they stay.
 */
export const INVISIBLE_CHARS = /[\u00AD\u200B\u2060\uFEFF]/g;
/** A <script> type whose content is markup the browser renders (templates), not code. */
export const HTML_TEMPLATE_TYPE = /text\/(?:x-)?template/;
/** Markup that holds text blocks (a template worth parsing). */
export const HTML_BLOCK_TAG = /<(?:p|div|br|h[1-6])\b/i;
/**
 * A template language's syntax inside a template's markup: slots ("{{ data.price }}", "{% if %}",
 * "${user}") and code ("<# if (x) { #>", "<% each %>"). Such a template is a pattern a script fills
 * in, not text the page shows.
 */
export const TEMPLATE_SYNTAX = /\{\{|\{%|\$\{|<#|<%/;
/** A full stop that ends a sentence inside a text (Readability's test for a short sibling paragraph). */
export const HTML_SENTENCE_STOP = /\.(?: |$)/;
/** schema.org types of a story element (itemtype). */
export const HTML_ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*Article|BlogPosting|Report)\b/i;
/** Heading tags and their level. */
export const HTML_HEADING_TAG = /^h([1-6])$/;
/** The first word of a whitespace-separated list (a class attribute's first class). */
export const FIRST_WORD = /\S+/;
/** A table-cell separator left at either end of a row's text. */
export const HTML_CELL_EDGE = /^\|\s*|\s*\|$/g;
/**
 * Whitespace to collapse to one space: runs of two or more, and lone characters other than a
 * space. A lone space is left alone: it is already what it would become, and replacing it made
 * one match per word.
 */
export const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;

/**
 * A header text that signs the story with a label and a name in one ("By Jane Doe", "Posted by
 * jdoe on May 2", "Written by: The Acme Team"), or the label alone ("By", "Written by:") with the
 * name in the next text. Group 1 is what follows the label.
 */
export const HEADER_BYLINE = /^(?:(?:written|posted|post|story|words)\s+by|by)\s*:?(?:\s+(.+))?$/iu;
/**
 * Who opened a thread, as a forum's header labels it: "Thread starter jdoe", "Topic starter: jdoe",
 * "Started by jdoe, May 2, 2025", "Discussion in 'Help' started by jdoe, …" (the name is group 1),
 * or "jdoe Discussion starter" with the badge after the name (group 2).
 */
export const THREAD_STARTER = /^(?:(?:thread|topic|discussion)\s+starter\s*:?\s+|(?:discussion\s+in\s+.{1,60}?\s+)?started\s+by\s+)(.+)$|^(\S+(?:\s\S+)?)\s+(?:discussion|thread|topic)\s+starter$/iu;
/**
 * A link to a forum member's profile: by number ("member.php?u=123", "memberlist.php?mode=viewprofile&u=123",
 * "index.php?action=profile;u=123") or by account name, which is group 1 ("/u/jdoe", "/users/123/jdoe",
 * "/members/jdoe.123/", "/~jdoe").
 */
export const MEMBER_LINK = /(?:member(?:list)?\.php\?|[?&;]action=profile[;&])(?:[^#]*?[?&;])?u=\d+(?:[&;#]|$)|\/(?:(?:u|users\/\d+|members)\/|~)([^/?#]+)\/?(?:[?#]|$)/iu;
/** The labels that sign a story anywhere in its page: "By", "Author", "Written by", "Posted By:", "This post was written by". */
const PAGE_LABEL = String.raw`(?:(?:this\s+(?:post|article|story)\s+(?:was|is)\s+)?(?:written|posted|authored)\s+by|article\s+written\s+by|words\s+by|story\s+by|by|author)`;
/** A text that opens with such a label (the name may be in the next text: "Posted By:" | "jdoe"). */
export const PAGE_LABEL_START = new RegExp(`^\\s*${PAGE_LABEL}\\b`, 'iu');
/** Such a label alone ("Author", "Written by:"): the name is the next element's text. */
export const PAGE_LABEL_ALONE = new RegExp(`^${PAGE_LABEL}\\s*:?$`, 'iu');
/** A whole text that signs with a label and a name (group 1: the name and what follows it). */
export const PAGE_BYLINE = new RegExp(`^${PAGE_LABEL}(?:\\s*:\\s*|\\s+)(\\S.{0,100})$`, 'iu');
/** The class words of regions whose bylines are other people's: comments, reviews, replies, sidebars and teasers of other stories. */
const OTHERS_WORDS = ['comments?', 'commentlist', 'replies', 'reply', 'reviews?', 'testimonials?', 'related', 'recommended', 'teaser', 'popular', 'trending', 'sidebar'];
const classWords = (list: readonly string[]): RegExp => new RegExp(`(?:^| )(?:${list.join('|')})(?= |$)`);
/** Where a labelled byline anywhere in the page (html/page-byline) is another's: OTHERS_WORDS. */
export const PAGE_BYLINE_OTHERS = classWords(OTHERS_WORDS);
/**
 * Where a byline element (html/authors) is another's: OTHERS_WORDS and also the page's widgets,
 * cards, footer, newsletter box and quotes, where an entry's own label-less byline never sits.
 */
export const BYLINE_OTHERS = classWords([...OTHERS_WORDS, 'more stories', 'widget', 'footer', 'card', 'cards', 'most read', 'newsletter', 'quote', 'blockquote']);
/** Where a header byline's name ends: " on " or " in " (a date, a section), or a separator. */
export const BYLINE_NAME_END = /\s+(?:on|in|at)\s+|\s*[|·•–—»]\s*|\s+-\s+/u;
/** The separators a dump's stamp line sets between its parts ("May 2, 2025 · 4 min read ● By Jane Doe"). */
export const STAMP_SEPARATOR = /\s*[|·•●⋅–—»]\s*|\s+-\s+/u;
/** The label before a bare "by" that makes the name someone else's ("Medically reviewed by", "Photo by"). */
export const OTHER_ROLE_BEFORE_BY = /\b(?:reviewed|edited|updated|checked|verified|photos?|photographs?|illustrations?|images?|video|produced|translated|sponsored|presented|powered|sort|sorted|filter|order|search|shop|browse)\s*$/iu;
/** Words of a page's controls that a "By" label's neighbour may be instead of a name ("By" | "continuing"); names.ts's label words aside. */
export const LABEL_TOKEN = /^(?:using|continuing|signing|clicking|default|email|date|name|relevance|popularity|price|checked|fact|reviewed)$/iu;
