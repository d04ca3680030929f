import type { RuleInfo } from './rule.js';

/**
 * Stage rules: decisions a stage takes over a whole story rather than one block at a time
 * (stories/bounds, stories/finish, text/segment). Listed, and disabled by id, like the block rules.
 */
export const STAGE_RULES = [
  { id: 'meta/title', describe: 'the title-like line nearest above the body is the story title', fixed: true },
  { id: 'meta/headline-echo', describe: 'a line repeating the title is dropped (kept once, as title)', fixed: true },
  { id: 'meta/nearby-date', describe: "HTML: where neither the markup nor the story's lines date the story, the one date a timestamp line printed in its surroundings (header, sidebar, author box, the lines right after it) gives, when they give only one" },
  { id: 'meta/dateline', describe: 'a dateline opening the body ("MOSCOW - ") is reported as dateline and stays in the body' },
  { id: 'story/before-body', describe: 'lines above the body that are neither title nor metadata are page furniture', fixed: true },
  { id: 'story/after-body', describe: "lines after the body's last good block are page furniture", fixed: true },
  { id: 'story/consent-edge', describe: "a dump's good stretch does not start or end on a cookie or consent dialog's text (the cookie hint and two consent words in 80 words at most): the lines beyond go as the page's furniture" },
  { id: 'story/context-tail', describe: "a dump's body ends at its last block judged good on its own: short and near-good lines after it that only their neighbours made good go" },
  { id: 'story/terminator', describe: '"Related", "Comments", "Read next" after 60+ words of body end it (unless a paragraph of 25+ words follows, or the label and the lines on either side of it were all printed above: a second copy of a menu); so do a blog post\'s filing line ("This entry was posted in … and tagged") and a comment form\'s prompt to log in' },
  { id: 'story/comment-thread', describe: "a comments heading after 500+ characters of a dump's body, with posts below it headed the way blog software heads them (\"Name says\", \"Posted by … at <time>\", a name over a timestamp with its time or an age), ends the body whatever the thread weighs" },
  { id: 'story/author-box', describe: "one of the body's last three good blocks that opens like an author's bio ends the body" },
  { id: 'story/signup-box', describe: "the earliest of a dump body's last three good blocks that speaks of subscribing or consent (newsletter, sign up, submitting, privacy policy; 70 words at most) ends the body" },
  { id: 'story/short-lines', describe: "a dump story whose prose body holds under 15% of the words of its lines less the site's furniture (lines the dump repeats; menu, social, skip and legal lines; all from the last copyright line on) is a page of short lines: those lines are its body" },
  { id: 'story/intro-list', describe: "in a dump's body, the lines between a good line ending in a colon and the next good block are the list it introduces: body" },
  { id: 'story/numbered-list', describe: "in a dump's body, a line opening with a list number that continues the numbered line before or after it (n after n-1, n before n+1) is a list item: body" },
  { id: 'story/docs-lines', describe: "in a dump whose URL files it as documentation (a docs host, a manual's path word), every line inside the body but the site's furniture (menu, social, skip and legal lines) is the manual's: its steps, option names, headings, table cells and code" },
  { id: 'story/fact-lines', describe: "in a dump's body, between two good blocks, 2+ \"Label: value\" lines (half the lines from the first to the last of them or more) are the story's fact sheet: body" },
  { id: 'story/card-run', describe: "in a dump's body, between two good blocks, a run of 6+ dropped lines that is a grid of cards (a line shape recurring 3+ times, half its words on lines printed nowhere outside the run, 30%+ teaser titles, twice the words of the prose above it; no related label, code or glued menu): body, save its furniture lines" },
  { id: 'story/body-lines', describe: "in a dump's body, a line the judge dropped that is written in sentence case, printed once in the story, and whose content words are at least half the body's own is a line of the story (a subhead, a list item): body" },
  { id: 'story/front-sections', describe: "in a dump of a site's front page (its root URL), a run of at most 6 dropped lines between two good blocks is a section's heading and cards: body, unless a line's shape was met in an earlier run, a line is site furniture, or the run holds a related label" },
  { id: 'story/undated-sections', describe: "in a dump whose story prints no date line and no byline (no news story's header), the runs story/front-sections keeps on a front page are kept too, when at least 2 runs between the body's good blocks pass its tests: a page made of sections (a service's, a product's, a listing's), not a story" },
  { id: 'story/ingredients', describe: "in a dump's story, a recipe's ingredient label (\"Zutaten\", \"Ingredients\") at most 40 lines above the body, with 3+ lines (and a quarter of them or more) holding an amount (a digit) between it and the body and none of them over 12 words: the label and those lines open the body" },
  { id: 'story/standfirst', describe: "in a dump's story, a line of 8-60 words under the title, with the body at most two lines below (no digits, colon, brackets, breadcrumb marks, byline or list of tags; opening with a capital letter, a quote or a dash), is the story's standfirst: body" },
  { id: 'story/related-run', describe: "in a dump's story, 2+ cards in a row — a headline over one paragraph of 10-90 words with a date line or a \"Read more\" within 2 lines, or cut off (\"…\") — below 150+ words of running prose (4 times a card's words, half the run's), with little prose below the run, end the body: other stories' teasers; a body made of such cards from its start keeps them, and so does a thread (a button row such as \"Reply\", a comment form, a post number or \"answered …\" within 6 lines of a card)" },
  { id: 'story/topic-tail', describe: "in a dump's story, a run of 3+ non-body lines after 150+ words of body, followed by prose at most half as long whose content words share little with the body's (cosine < 0.2), ends the body" },
  { id: 'story/related-read', describe: "in a dump's story, a related label with at most 6 teaser lines under it (of 20 words at most, no sentence end, date, end label or comment form, and no line the line rules took out among them), after which a paragraph of 25+ words shares the body's vocabulary (content-word cosine 0.2+), does not end the body: the story resumes, the label and its teasers go as a related box" },
  { id: 'story/related-box', describe: "in a dump's body, a related label the body goes on after (\"Related Coverage\", \"Mehr zum Thema\") is dropped with the lines under it up to the next paragraph of 25+ words, as html/end-label does" },
  { id: 'story/inline-teaser', describe: "in a dump's body, a related label with its one link on the same line (\"Read more: How we tested it\") is dropped; with the story's prose within 3 lines below it, it does not end the body" },
  { id: 'story/duplicate-block', describe: 'a block repeating an earlier block of the story (the same text once case, spacing and punctuation are normalised; numbers count) is dropped; the first copy stays (not on a documentation page, nor on a dump whose URL files it as one)' },
  { id: 'quality/bad-block', describe: 'jusText-style judgement: link density, length, stopword density, sentence end', fixed: true },
  { id: 'quality/context', describe: "short and near-good blocks take their neighbours' label (jusText context pass)" },
  { id: 'segment/appended-story', describe: 'a new headline with its own header furniture and new vocabulary starts an appended story' },
  { id: 'segment/appended-page', describe: "a page's closing or opening furniture between two stretches of prose, with new vocabulary after it, starts an appended story" },
  { id: 'segment/header-story', describe: "a dump's first story holding under 30% of the second's prose is the page's header (a mega-menu's teasers), not a story: the cut between them goes (a lone cut only when none of the first story's good blocks reaches 35 words)" },
] as const satisfies readonly RuleInfo[];
