import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode, declaredCharset } from '../src/input/decode.js';
import { decodeAs } from '../src/input/sniff.js';
import { DeclutterError } from '../src/types.js';

const MULTI_BYTE = new Set(['gbk', 'big5', 'shift_jis', 'euc-kr']);
const tables = new Map<string, Map<string, number[]>>();

/** Encodes `text` in a legacy encoding by inverting its decoder (tests only; Node has no encoder). */
function encode(text: string, label: string): Uint8Array {
  let table = tables.get(label);
  if (!table) {
    table = new Map();
    for (let b = 0; b < 256; b++) {
      const ch = decodeAs(label, Uint8Array.of(b));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [b]);
    }
    if (MULTI_BYTE.has(label)) {
      const strict = new TextDecoder(label, { fatal: true });
      for (let a = 0x81; a < 0xff; a++) {
        for (let b = 0x40; b < 0xff; b++) {
          try {
            const ch = strict.decode(Uint8Array.of(a, b));
            if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
          } catch {
            // not a character in this encoding
          }
        }
      }
    }
    tables.set(label, table);
  }
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`test text has ${ch}, which ${label} cannot encode`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

const GERMAN = 'Größere Bäume über die Straße – „Café“ für 5 € … Müller & Söhne’s naïve déjà vu.';
const POLISH = 'Zażółć gęślą jaźń. Wyłączyć światło, żeby było ciemno. Pieniądze, Władysław, Paweł, książka.';
const RUSSIAN = 'Привет, мир! Это проверка кодировки: обычный русский текст о погоде и новостях дня.';
const CHINESE = '话剧《约定无期限》河北各市巡演结束，这是一个中国的新闻，我们在这里看到了很多人。';
const JAPANESE = 'これは日本語のテキストです。東京で新しいニュースがありました。子どもの法律ができる。';

test('valid UTF-8 without a declaration is UTF-8', () => {
  const d = decode(utf8(page('', GERMAN)));
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.via, 'utf-8');
  assert.ok(d.text.includes(GERMAN));
});

test('a string passes through untouched', () => {
  assert.deepEqual(decode('Ã¤ stays'), { text: 'Ã¤ stays', encoding: 'utf-8', via: 'string' });
});

test('empty bytes decode to an empty string', () => {
  assert.equal(decode(new Uint8Array()).text, '');
});

test('UTF-8 BOM is dropped', () => {
  const d = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>Grüße</p>')]));
  assert.equal(d.via, 'bom');
  assert.equal(d.text, '<p>Grüße</p>');
});

test('UTF-16LE and UTF-16BE with a BOM', () => {
  const text = page('<meta charset="utf-16">', `${GERMAN} ${RUSSIAN}`);
  const le = Buffer.from(text, 'utf16le');
  const d = decode(Uint8Array.from([0xff, 0xfe, ...le]));
  assert.equal(d.encoding, 'utf-16le');
  assert.equal(d.text, text);
  const be = Buffer.from(le).swap16();
  const d2 = decode(Uint8Array.from([0xfe, 0xff, ...be]));
  assert.equal(d2.encoding, 'utf-16be');
  assert.equal(d2.text, text);
});

test('UTF-16LE without a BOM is recognised by its NUL pattern, not refused as binary', () => {
  const text = page('', GERMAN);
  const d = decode(Buffer.from(text, 'utf16le'));
  assert.equal(d.encoding, 'utf-16le');
  assert.equal(d.text, text);
  // CJK text puts NULs on both sides now and then (U+4E00 is 00 4E); markup still tips the balance.
  const chinese = page('', `${CHINESE}一一${CHINESE}`);
  const be = Buffer.from(chinese, 'utf16le').swap16();
  assert.equal(decode(be).encoding, 'utf-16be');
  assert.equal(decode(be).text, chinese);
});

test('windows-1252 page with <meta charset>: curly quotes, dashes and € come out right', () => {
  const d = decode(encode(page('<meta charset="windows-1252">', GERMAN), 'windows-1252'));
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.via, 'declared');
  assert.ok(d.text.includes(GERMAN), d.text);
  assert.doesNotMatch(d.text, /[\u0080-\u009f]/);
});

test('http-equiv content-type and an XML declaration are read', () => {
  const httpEquiv = page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', GERMAN);
  assert.equal(decode(encode(httpEquiv, 'windows-1252')).text, httpEquiv);
  const xml = `<?xml version="1.0" encoding="windows-1250"?>\n<html><body><p>${POLISH}</p></body></html>`;
  const d = decode(encode(xml, 'windows-1250'));
  assert.equal(d.encoding, 'windows-1250');
  assert.equal(d.text, xml);
});

test('a declaration after a long script head is found; a charset mention in the body is not', () => {
  const script = `<script>var x = "${'a'.repeat(10000)}";</script>`;
  assert.equal(declaredCharset(utf8(`<html><head>${script}<meta charset="iso-8859-2"></head><body></body></html>`)), 'iso-8859-2');
  assert.equal(declaredCharset(utf8('<html><head></head><body><meta charset="koi8-r"></body></html>')), null);
});

test('a lying declaration over UTF-8 bytes: read as UTF-8, with a warning', () => {
  const d = decode(utf8(page('<meta charset="iso-8859-1">', GERMAN)));
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.declared, 'windows-1252');
  assert.ok(d.text.includes(GERMAN));
  assert.match(d.warning ?? '', /declares windows-1252/);
});

test('declared UTF-8 over windows-1250 bytes: sniffed as windows-1250', () => {
  const d = decode(encode(page('<meta charset="utf-8">', POLISH), 'windows-1250'));
  assert.equal(d.encoding, 'windows-1250');
  assert.equal(d.via, 'sniffed');
  assert.ok(d.text.includes(POLISH), d.text);
});

test('unknown and UTF-16 declarations never crash', () => {
  const unknown = decode(utf8(page('<meta charset="foo-bar-9">', GERMAN)));
  assert.equal(unknown.encoding, 'utf-8');
  assert.equal(unknown.declared, undefined);
  const empty = decode(utf8(page('<meta charset="">', GERMAN)));
  assert.equal(empty.encoding, 'utf-8');
  // UTF-16 declared in an ASCII-compatible stream means UTF-8 (HTML spec).
  assert.equal(declaredCharset(utf8('<meta charset="utf-16le">')), 'utf-8');
  const legacy = decode(encode(page('<meta charset="nonsense">', GERMAN), 'windows-1252'));
  assert.ok(legacy.text.includes(GERMAN));
});

test('undeclared legacy pages are sniffed: windows-1252, windows-1251, KOI8-R, GBK, Shift_JIS', () => {
  const cases: [string, string][] = [
    ['windows-1252', GERMAN],
    ['windows-1251', RUSSIAN],
    ['koi8-r', RUSSIAN],
    ['gbk', CHINESE],
    ['shift_jis', JAPANESE],
  ];
  for (const [label, text] of cases) {
    const d = decode(encode(page('', text), label));
    assert.equal(d.encoding, label, `${label}: got ${d.encoding}`);
    assert.ok(d.text.includes(text), `${label}: ${d.text}`);
  }
});

test('stray windows-1252 letters inside a UTF-8 page are repaired; a cut sequence becomes U+FFFD', () => {
  const bytes = Uint8Array.from([
    ...utf8(`<meta charset="utf-8"><p>${GERMAN} ${GERMAN} K`),
    0xfc,
    ...utf8('chen und Brot'),
    0xc3,
    ...utf8('. Ende</p>'),
  ]);
  const d = decode(bytes);
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.includes('Küchen und Brot\ufffd. Ende'), d.text);
  assert.match(d.warning ?? '', /2 invalid UTF-8 byte/);
});

test('binary input is refused with code binary-input', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...utf8('<html>')]);
  const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
  const gzip = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, ...utf8('<p>x</p>')]);
  for (const bytes of [png, noise, gzip]) {
    assert.throws(
      () => decode(bytes),
      (err: unknown) => err instanceof DeclutterError && err.code === 'binary-input',
    );
  }
});

test('text with a few form feeds and tabs is not binary', () => {
  const d = decode(utf8(`line one\f\n\tline two\u001b[0m ${GERMAN}`));
  assert.equal(d.encoding, 'utf-8');
});

/** UTF-8 text read as windows-1252 (or Latin-1) and saved as UTF-8 again: what a broken pipeline upstream stores. */
function doubleEncoded(text: string, label: 'windows-1252' | 'latin1'): Uint8Array {
  const once = Buffer.from(text, 'utf8');
  const misread = label === 'latin1' ? once.toString('latin1') : decodeAs('windows-1252', once);
  return new Uint8Array(Buffer.from(misread, 'utf8'));
}

test('double-encoded UTF-8 is read back once more, for windows-1252 and Latin-1 misreadings alike', () => {
  const page = '<html><head><meta charset="utf-8"><title>The ferry’s café — open “daily”</title></head><body><p>Sailings resume at 9 € per crossing ✓</p></body></html>';
  for (const label of ['windows-1252', 'latin1'] as const) {
    const d = decode(doubleEncoded(page, label));
    assert.equal(d.text, page, label);
    assert.match(d.warning ?? '', /double-encoded/);
  }
});

test('text meant as written is left alone: a lone "Ã©" beside a run that reads back as no character, Latin letters before symbols, one odd pair among many accents', () => {
  const asWritten = [
    '<p>Rosa × hybrida grows in the north; the brand NESCAFÉ® and the letter ß’s shape.</p>',
    '<p>Seen as â€™ in exports, and a stray Ã© next to \u00e0\u0080\u0080 (no character).</p>',
    // French quotes with no-break spaces: "é” »" reads as one CJK character, but the page is full of meant accents.
    '<p>Le maire se dit « prêt et déterminé”\u00a0» à rouvrir le pont, première étape d’un été chargé à Genève.</p>',
  ];
  for (const text of asWritten) {
    const d = decode(new Uint8Array(Buffer.from(text, 'utf8')));
    assert.equal(d.text, text);
    assert.equal(d.warning, undefined);
  }
});
