/**
 * htmlparser2 10's tree-building rules (its Parser, in HTML mode), mirrored so that the markup
 * pre-pass (html/limits) can model its open-element stack exactly and html/parse can build the
 * same tree without running its Parser. test/invariants checks both against htmlparser2 itself.
 */

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** A start tag of the key first closes open elements on top of the stack with these names. */
export const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']],
      ['li', ['li']], ['p', P], ['h1', P], ['h2', P], ['h3', P], ['h4', P], ['h5', P], ['h6', P],
      ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
      ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
      ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P], ['dl', P],
      ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P], ['hr', P],
      ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P], ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
    ] as const
  ).map(([name, closes]) => [name, new Set<string>(closes)]),
);
/** Elements that never hold children. */
export const VOID: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Foreign content, where "/>" closes an element. */
export const FOREIGN: ReadonlySet<string> = new Set(['math', 'svg']);
/** Integration points: HTML rules again inside foreign content. */
export const INTEGRATION: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** The HTML spec's formatting elements: parse5 keeps them active and rebuilds them (html/limits caps how many are open). */
export const FORMATTING: ReadonlySet<string> = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
