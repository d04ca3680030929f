/**
 * Names matched against the page in place, ignoring ASCII case: a match costs no new string (and
 * the interned name makes every later Set lookup cheaper); anything else is sliced and lower-cased.
 */
export class NameTable {
  /** names by length and first letter */
  private readonly byKey = new Map<number, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const key = NameTable.key(name.length, name.charCodeAt(0));
      const list = this.byKey.get(key);
      if (list) list.push(name);
      else this.byKey.set(key, [name]);
    }
  }

  private static key(length: number, first: number): number {
    return length * 128 + (first >= 65 && first <= 90 ? first | 32 : first);
  }

  /** The table's name equal to html[start, end) in ASCII case, or undefined. */
  find(html: string, start: number, end: number): string | undefined {
    const list = this.byKey.get(NameTable.key(end - start, html.charCodeAt(start)));
    if (list === undefined) return undefined;
    next: for (const name of list) {
      for (let i = 1; i < name.length; i++) {
        const c = html.charCodeAt(start + i);
        if ((c >= 65 && c <= 90 ? c | 32 : c) !== name.charCodeAt(i)) continue next;
      }
      return name;
    }
    return undefined;
  }

  /** The same over bytes (a page's UTF-8 before it is decoded): `find` with `b[i]` for `charCodeAt(i)`. */
  findBytes(b: Uint8Array, start: number, end: number): string | undefined {
    const list = this.byKey.get(NameTable.key(end - start, b[start] as number));
    if (list === undefined) return undefined;
    next: for (const name of list) {
      for (let i = 1; i < name.length; i++) {
        const c = b[start + i] as number;
        if ((c >= 65 && c <= 90 ? c | 32 : c) !== name.charCodeAt(i)) continue next;
      }
      return name;
    }
    return undefined;
  }
}

/** Tag names common enough on pages to be worth matching in place (the rest are sliced). */
export const COMMON_TAGS = new NameTable([
  'a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'big', 'blockquote', 'body', 'br',
  'button', 'canvas', 'caption', 'center', 'circle', 'cite', 'code', 'col', 'colgroup', 'dd', 'defs', 'del',
  'details', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'g',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'label',
  'legend', 'li', 'link', 'main', 'mark', 'meta', 'nav', 'noscript', 'ol', 'optgroup', 'option', 'p', 'path',
  'picture', 'pre', 'q', 'rect', 's', 'script', 'section', 'select', 'small', 'source', 'span', 'strong', 'style',
  'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time',
  'title', 'tr', 'u', 'ul', 'use', 'video',
]);

/** The lower-case tag name at html[start, end), as htmlparser2 names it. */
export function tagName(html: string, start: number, end: number): string {
  return COMMON_TAGS.find(html, start, end) ?? html.slice(start, end).toLowerCase();
}
