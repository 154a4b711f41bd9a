// "Print" prints the element, not the host page around it (one case printed as 258 pages of LVS
// screen otherwise). While printing, a stylesheet adopted by the host document hides everything
// that neither is nor contains the element, and takes away what could clip or narrow it (app
// shells with `overflow: auto`, grid columns, fixed heights). Adopted stylesheets are built from
// script, so they work under a strict CSP (no inline <style>) and with Trusted Types.
const SCOPE = 'data-tz-print-scope';

const PRINT_CSS = `@media print {
  body *:not([${SCOPE}]):not(:has([${SCOPE}])):not([${SCOPE}] *) { display: none !important; }
  html:has([${SCOPE}]), body:has([${SCOPE}]), body :has([${SCOPE}]) {
    display: block !important; position: static !important; overflow: visible !important;
    height: auto !important; min-height: 0 !important; max-height: none !important;
    width: auto !important; min-width: 0 !important; max-width: none !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important; float: none !important;
    transform: none !important; box-shadow: none !important; background: none !important;
  }
  [${SCOPE}] { position: static !important; margin: 0 !important; width: auto !important; max-width: none !important; }
}`;

let sheet: CSSStyleSheet | undefined;

/** The element of the host document to keep: the element itself, or the outermost shadow host around it. */
function outermostHost(el: Element): Element {
  let node: Element = el;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

/**
 * Marks `el` as what to print and adds the print stylesheet to its document until the print is
 * over; returns the function that undoes it (also run on `afterprint`).
 */
export function scopePrintTo(el: Element): () => void {
  const doc = el.ownerDocument;
  const target = outermostHost(el);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
  }
  const own = sheet;
  target.setAttribute(SCOPE, '');
  if (!doc.adoptedStyleSheets.includes(own)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, own];
  const view = doc.defaultView;
  const undo = () => {
    view?.removeEventListener('afterprint', undo);
    target.removeAttribute(SCOPE);
    if (!doc.querySelector(`[${SCOPE}]`)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== own);
  };
  view?.addEventListener('afterprint', undo);
  return undo;
}

/** Prints only `el` (the "Print" button of an element). */
export function printElement(el: Element): void {
  scopePrintTo(el);
  // window.print() returns when the dialog closes in most browsers; `afterprint` undoes the scope
  // then. Where it returns at once (some mobile browsers), `afterprint` still comes after printing.
  el.ownerDocument.defaultView?.print();
}
