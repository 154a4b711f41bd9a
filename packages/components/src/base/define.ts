// Defensive registration, after Shoelace and Lion: a page may load two copies of the kit
// (two vendors' widgets, or two versions). The first definition wins; later ones warn and
// never throw, so the host page keeps working.

/** Version of this copy of the kit, shown in the warning when a tag is taken. */
export const KIT_VERSION = '0.1.0';

const registry = () => (globalThis as { customElements?: CustomElementRegistry }).customElements;

export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const ce = registry();
  if (!ce) return;
  const existing = ce.get(tagName);
  if (existing === elementClass) return;
  if (existing) {
    const other = (existing as unknown as { kitVersion?: string }).kitVersion ?? 'unknown';
    console.warn(
      `[thuiszitters] <${tagName}> is already defined (kit version ${other}); ` +
        `this copy (version ${KIT_VERSION}) is not registered again. The first definition stays in use.`,
    );
    return;
  }
  ce.define(tagName, elementClass);
}
