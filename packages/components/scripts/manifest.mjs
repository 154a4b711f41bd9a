// Reads custom-elements.json into the small shape the generators need: one record per tag with
// its folder (= entry name), class, settable properties, attributes, events, slots, parts and
// CSS custom properties. Shared by the components build and the React wrapper generator.
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ name: string, description: string }} Named
 * @typedef {{ name: string, type: string, description: string, attribute?: string }} Property
 * @typedef {{ name: string, type: string, description: string, fieldName?: string }} Attribute
 * @typedef {{
 *   tagName: string, className: string, folder: string, description: string,
 *   properties: Property[], attributes: Attribute[], events: Named[], slots: Named[],
 *   cssParts: Named[], cssProperties: Named[],
 * }} ElementInfo
 */

/** @returns {ElementInfo[]} sorted by tag name */
export function readElements(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      // src/<folder>/<folder>.element.ts → <folder>: the entry `./<folder>.js` registers this tag.
      const folder = mod.path.split('/').at(-2);
      elements.push({
        tagName: decl.tagName,
        className: decl.name,
        folder,
        description: clean(decl.description ?? decl.summary ?? ''),
        // What a host may set: public instance fields that are not read-only.
        properties: (decl.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private' && m.privacy !== 'protected')
          .map((m) => ({ name: m.name, type: m.type?.text ?? 'unknown', description: clean(m.description), attribute: m.attribute })),
        attributes: (decl.attributes ?? []).map((a) => ({
          name: a.name,
          type: a.type?.text ?? 'string',
          description: clean(a.description),
          fieldName: a.fieldName,
        })),
        events: (decl.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: clean(e.description) })),
        slots: (decl.slots ?? []).map((s) => ({ name: s.name ?? '', description: clean(s.description) })),
        cssParts: (decl.cssParts ?? []).map((p) => ({ name: p.name, description: clean(p.description) })),
        cssProperties: (decl.cssProperties ?? []).map((p) => ({ name: p.name, description: clean(p.description) })),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function clean(text) {
  return (text ?? '').replace(/^\s*-\s*/, '').trim();
}

/** `tz-melding-created` → `TzMeldingCreated` (React prop `onTzMeldingCreated`). */
export function pascal(kebab) {
  return kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}

/** The string literals of a type like `'nl' | 'en'`, or [] when it is not such a union. */
export function stringLiterals(typeText) {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length === 0 || !parts.every((p) => /^(['"]).*\1$/.test(p))) return [];
  return parts.map((p) => p.slice(1, -1));
}
