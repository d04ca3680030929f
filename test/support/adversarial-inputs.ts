/**
 * Adversarial input shapes, shared by the adversarial tests, bench/scaling and the long run.
 * Every shape builds a page of about `bytes` bytes from a seed, so the same call always gives the
 * same page and a size can be scaled 1×, 4×, 16×.
 */

/** mulberry32: a small seeded PRNG, so every generated page is reproducible from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have ' +
  'an they you were her she there been one all we their has would when if so no will more about up out who ' +
  'council river harbour minister weather market station bridge school report village summer museum ' +
  'election railway hospital festival library engineers winter budget farmers coast'
).split(' ');

/** A sentence of 8–20 words that ends in a full stop. */
export function sentence(next: () => number): string {
  const n = 8 + Math.floor(next() * 13);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(next() * WORDS.length)] as string);
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/** A paragraph of 2–5 sentences. */
export function paragraph(next: () => number): string {
  const n = 2 + Math.floor(next() * 4);
  return Array.from({ length: n }, () => sentence(next)).join(' ');
}

/** Repeats `unit(i)` until the text reaches `bytes` characters. */
function fill(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

export type ShapeInput = string | Uint8Array;

export interface Shape {
  name: string;
  /** which path the shape is meant to exercise */
  kind: 'html' | 'text' | 'bytes';
  make(bytes: number, seed?: number): ShapeInput;
}

const PLACES = ['river', 'harbour', 'station', 'bridge', 'school', 'market', 'museum', 'library', 'railway', 'hospital'];

/** Paragraphs that share one pattern and differ in numbers and a word (results, court lists, changelogs): the issue's example. */
function templated(i: number): string {
  return `Witness ${i + 1} told the council on day ${(i % 28) + 1} that the ${PLACES[i % PLACES.length] as string} plan had changed twice.`;
}

const HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A test page</title></head><body>';
const TAIL = '</body></html>';
const enc = new TextEncoder();

function article(bytes: number, seed: number): string {
  const next = rng(seed);
  return fill(bytes, (i) => (i % 7 === 0 ? `<h2>${sentence(next).slice(0, 40)}</h2>\n` : `<p>${paragraph(next)}</p>\n`), `${HEAD}<article><h1>A headline for the test</h1>\n`, `</article>${TAIL}`);
}

function textArticle(bytes: number, seed: number): string {
  const next = rng(seed);
  return fill(bytes, () => `${paragraph(next)}\n\n`, 'A headline for the test\n\nBy Jane Doe\n\n');
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = littleEndian ? 0xff : 0xfe;
  out[1] = littleEndian ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 + 2 * i + (littleEndian ? 1 : 0)] = c >>> 8;
  }
  return out;
}

/** Valid UTF-8 with invalid sequences (lone continuation bytes, overlongs, 0xFF) sprinkled in. */
function invalidUtf8(bytes: number, seed: number): Uint8Array {
  const next = rng(seed);
  const base = enc.encode(article(bytes, seed).replace(/e/g, 'é'));
  const bad = [0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff, 0xfe, 0xed];
  for (let i = 0; i < base.length; i += 50 + Math.floor(next() * 200)) base[i] = bad[Math.floor(next() * bad.length)] as number;
  return base;
}

const ZW_BIDI = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];

function sprinkle(text: string, seed: number, chars: readonly string[], every: number): string {
  const next = rng(seed);
  let out = '';
  for (let i = 0; i < text.length; i += every) out += text.slice(i, i + every) + (chars[Math.floor(next() * chars.length)] as string);
  return out;
}

/** Lone high and low surrogates: not well-formed UTF-16, but a JS string can hold them. */
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];

export const SHAPES: readonly Shape[] = [
  { name: 'html/paragraphs', kind: 'html', make: (b, s = 1) => article(b, s) },
  { name: 'html/long-line', kind: 'html', make: (b, s = 1) => { const next = rng(s); return `${HEAD}<p>${fill(b, () => `${sentence(next)} `)}</p>${TAIL}`; } },
  { name: 'html/deep-div', kind: 'html', make: (b) => { const n = Math.floor(b / 11); return `${HEAD}${'<div>'.repeat(n)}<p>Deep inside it all there is one sentence of text.</p>${'</div>'.repeat(n)}${TAIL}`; } },
  { name: 'html/deep-unclosed-span', kind: 'html', make: (b) => `${HEAD}<p>${'<span>'.repeat(Math.floor(b / 6))}text` },
  { name: 'html/deep-table', kind: 'html', make: (b) => `${HEAD}${'<table><tr><td>'.repeat(Math.floor(b / 15))}cell` },
  { name: 'html/deep-list', kind: 'html', make: (b) => `${HEAD}${'<ul><li>item '.repeat(Math.floor(b / 13))}` },
  { name: 'html/deep-svg', kind: 'html', make: (b) => `${HEAD}<p>Before the drawing.</p><svg>${'<g>'.repeat(Math.floor(b / 3))}</svg>` },
  { name: 'html/stray-end-tags', kind: 'html', make: (b) => { const n = Math.floor(b / 9); return `${HEAD}${'<div>'.repeat(n)}${'</x>'.repeat(n)}`; } },
  { name: 'html/unclosed-p', kind: 'html', make: (b, s = 1) => { const next = rng(s); return fill(b, () => `<p>${sentence(next)} `, HEAD); } },
  { name: 'html/unclosed-mixed', kind: 'html', make: (b, s = 1) => { const next = rng(s); const tags = ['div', 'span', 'a href="/x"', 'b', 'i', 'li', 'td', 'p', 'font color=red', 'em', 'table', 'ul', 'blockquote']; return fill(b, () => `<${tags[Math.floor(next() * tags.length)] as string}>${WORDS[Math.floor(next() * WORDS.length)] as string} `, HEAD); } },
  { name: 'html/formatting-soup', kind: 'html', make: (b, s = 1) => { const next = rng(s); return fill(b, (i) => (i < 300 ? `<b class="c${i}">` : `</p><p>${sentence(next)}`), `${HEAD}<p>`); } },
  { name: 'html/misnested', kind: 'html', make: (b) => fill(b, (i) => `<b><i>word ${i}</b> more</i> `, `${HEAD}<p>`) },
  { name: 'html/huge-attribute', kind: 'html', make: (b) => `${HEAD}<div data-blob="${'a'.repeat(b)}" class="x">A short sentence inside a div with a huge attribute.</div>${TAIL}` },
  { name: 'html/unterminated-attribute', kind: 'html', make: (b, s = 1) => `${HEAD}<div title="${article(b, s)}` },
  { name: 'html/many-attributes', kind: 'html', make: (b) => `${HEAD}<div ${fill(b, (i) => `a${i}="${i}" `)}>Text after many attributes in one tag.</div>${TAIL}` },
  { name: 'html/tiny-paragraphs', kind: 'html', make: (b) => fill(b, (i) => `<p>${i % 10}</p>`, HEAD, TAIL) },
  { name: 'html/script-only', kind: 'html', make: (b) => `${HEAD}<script>${fill(b, (i) => `var x${i} = "<p>not text</p>";\n`)}</script>${TAIL}` },
  { name: 'html/unterminated-script', kind: 'html', make: (b, s = 1) => `${HEAD}<script>var a = 1;${article(b, s)}` },
  { name: 'html/unterminated-comment', kind: 'html', make: (b, s = 1) => `${HEAD}<p>Visible text before the comment starts.</p><!--${article(b, s)}` },
  { name: 'html/xml-declaration', kind: 'html', make: (b, s = 1) => `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">${article(b, s).slice(HEAD.length)}` },
  { name: 'html/svg-document', kind: 'html', make: (b, s = 1) => { const next = rng(s); return fill(b, (i) => `<g id="g${i}"><path d="M0 0L${i} ${i}Z"/><text x="1" y="2">${sentence(next)}</text></g>\n`, '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">', '</svg>'); } },
  { name: 'html/mathml', kind: 'html', make: (b, s = 1) => { const next = rng(s); return fill(b, (i) => `<p>${sentence(next)}</p><math><mrow><mi>x</mi><mo>=</mo><mfrac><mn>${i}</mn><mn>2</mn></mfrac></mrow></math>\n`, HEAD, TAIL); } },
  { name: 'html/frameset', kind: 'html', make: (b) => fill(b, (i) => `<frame src="f${i}.html" name="f${i}">`, '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%">', '<noframes><p>Your browser does not support frames, so here is a sentence instead.</p></noframes></frameset></html>') },
  { name: 'html/entities', kind: 'html', make: (b) => fill(b, (i) => `&amp;&#x${(i * 7919) % 0x110000 || 1};&#${i};&#xD800;&bogus;&#99999999; `, `${HEAD}<p>`, `</p>${TAIL}`) },
  { name: 'html/many-lines', kind: 'html', make: (b, s = 1) => { const next = rng(s); return fill(b, () => `${WORDS[Math.floor(next() * WORDS.length)] as string}\n`, `${HEAD}<p>`, `</p>${TAIL}`); } },
  { name: 'html/angle-brackets', kind: 'html', make: (b) => fill(b, (i) => `a < b and c<d ${i} <3 </ <! <? <- `, `${HEAD}<p>`, `</p>${TAIL}`) },
  { name: 'html/zero-width-bidi', kind: 'html', make: (b, s = 1) => sprinkle(article(b, s), s, ZW_BIDI, 7) },
  { name: 'html/templated-paragraphs', kind: 'html', make: (b) => fill(b, (i) => `<p>${templated(i)}</p>\n`, `${HEAD}<article><h1>What the witnesses said</h1>\n`, `</article>${TAIL}`) },
  // Tags without attributes up to a footer link: every tag's look for an "=" used to run to it.
  { name: 'html/plain-paragraphs', kind: 'html', make: (b, s = 1) => { const next = rng(s); return fill(b, () => `<p>${paragraph(next)}</p>\n`, '<html><head><title>A plain page</title></head><body><h1>A plain page</h1>\n', '<footer><a href="/about">About us</a></footer></body></html>'); } },
  { name: 'html/tiny-sentences', kind: 'html', make: (b) => fill(b, () => '<p>a.</p>', HEAD, TAIL) },
  { name: 'html/repeated-paragraphs', kind: 'html', make: (b, s = 1) => { const next = rng(s); const some = Array.from({ length: 20 }, () => `<p>${paragraph(next)}</p>\n`); return fill(b, (i) => some[i % some.length] as string, `${HEAD}<article><h1>A headline for the test</h1>\n`, `</article>${TAIL}`); } },
  { name: 'text/paragraphs', kind: 'text', make: (b, s = 1) => textArticle(b, s) },
  { name: 'text/long-line', kind: 'text', make: (b, s = 1) => { const next = rng(s); return fill(b, () => `${sentence(next)} `); } },
  { name: 'text/templated-paragraphs', kind: 'text', make: (b) => fill(b, (i) => `${templated(i)}\n\n`, 'What the witnesses said\n\n') },
  { name: 'text/templated-lines', kind: 'text', make: (b) => fill(b, (i) => `${templated(i)}\n`, 'What the witnesses said\n\n') },
  { name: 'text/tiny-paragraphs', kind: 'text', make: (b) => fill(b, (i) => `${i % 10}\n\n`) },
  { name: 'text/many-lines', kind: 'text', make: (b, s = 1) => { const next = rng(s); return fill(b, () => `${sentence(next)}\n`); } },
  { name: 'text/headline-lines', kind: 'text', make: (b, s = 1) => { const next = rng(s); return fill(b, (i) => (i % 3 === 0 ? `Headline Number ${i} About Things\nHeadline Number ${i} About Things\n` : `${paragraph(next)}\n\n`)); } },
  { name: 'text/repeated-story', kind: 'text', make: (b, s = 1) => { const one = `Council Votes On The Bridge Plan\nCouncil Votes On The Bridge Plan\nThe old bridge at dawn. (AP Photo/Jane Doe)\n\n${textArticle(6000, s)}\n`; return fill(b, () => one); } },
  { name: 'text/terminators', kind: 'text', make: (b, s = 1) => { const next = rng(s); return fill(b, (i) => (i % 2 ? 'Related\n\n' : `${paragraph(next)} ${paragraph(next)}\n\n`)); } },
  { name: 'text/metadata-lines', kind: 'text', make: (b, s = 1) => { const next = rng(s); const m = ['By Jane Doe', 'Updated Feb 16, 2025 05:45 AM IST', 'Reuters |', '12 Comments', 'Share', 'Home > News > World', '© 2025 Example Media']; return fill(b, (i) => `${m[i % m.length] as string}\n${i % 5 === 0 ? `${paragraph(next)}\n` : ''}\n`); } },
  { name: 'text/punctuation-runs', kind: 'text', make: (b) => fill(b, (i) => `${'.'.repeat(i % 50)}${"'".repeat(i % 30)}!?…"”»)] ${'-'.repeat(i % 40)} `) },
  { name: 'text/date-like', kind: 'text', make: (b) => fill(b, (i) => `2025-02-${(i % 28) + 1} 12:${i % 60} ${(i % 28) + 1}.02.2025 Feb ${(i % 28) + 1}, 2025 `) },
  { name: 'text/zero-width-bidi', kind: 'text', make: (b, s = 1) => sprinkle(textArticle(b, s), s, ZW_BIDI, 5) },
  { name: 'text/lone-surrogates', kind: 'text', make: (b, s = 1) => sprinkle(textArticle(b, s), s, SURROGATES, 11) },
  { name: 'text/whitespace-only', kind: 'text', make: (b) => fill(b, (i) => [' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', '\f', '\v'][i % 9] as string) },
  { name: 'bytes/utf16le-bom', kind: 'bytes', make: (b, s = 1) => utf16(article(b / 2, s), true) },
  { name: 'bytes/utf16be-bom', kind: 'bytes', make: (b, s = 1) => utf16(textArticle(b / 2, s), false) },
  { name: 'bytes/invalid-utf8', kind: 'bytes', make: (b, s = 1) => invalidUtf8(b, s) },
  { name: 'bytes/lying-charset', kind: 'bytes', make: (b, s = 1) => enc.encode(article(b, s).replace('<meta charset="utf-8">', '<meta charset="shift_jis">').replace(/o/g, 'ö')) },
  { name: 'bytes/utf16-declared', kind: 'bytes', make: (b, s = 1) => enc.encode(article(b, s).replace('<meta charset="utf-8">', '<meta charset="utf-16">')) },
  { name: 'bytes/unknown-charset', kind: 'bytes', make: (b, s = 1) => enc.encode(article(b, s).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=x-no-such-thing">')) },
  { name: 'bytes/replacement-charset', kind: 'bytes', make: (b, s = 1) => enc.encode(article(b, s).replace('<meta charset="utf-8">', '<meta charset="iso-2022-kr">')) },
  { name: 'bytes/random', kind: 'bytes', make: (b, s = 1) => { const next = rng(s); return Uint8Array.from({ length: b }, () => Math.floor(next() * 256)); } },
  { name: 'bytes/nul-sprinkled', kind: 'bytes', make: (b, s = 1) => { const out = enc.encode(textArticle(b, s)); for (let i = 97; i < out.length; i += 97) out[i] = 0; return out; } },
];

export function shape(name: string): Shape {
  const found = SHAPES.find((s) => s.name === name);
  if (!found) throw new Error(`no shape ${name}`);
  return found;
}

export function sizeOf(input: ShapeInput): number {
  return typeof input === 'string' ? input.length : input.byteLength;
}
