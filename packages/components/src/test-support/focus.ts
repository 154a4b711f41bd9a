// The element that really has keyboard focus: document.activeElement stops at the outermost
// shadow host, so walk down through open shadow roots.
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
