// Per-element dynamic styles that survive a strict Content-Security-Policy.
// A `style="…"` attribute is blocked by `style-src 'self'`, and Lit's styleMap writes the
// attribute on its first render; setting properties through the CSSOM (element.style) is allowed.
// Usage, in an element position: html`<span class="bar" ${styleProps({ width: '40%' })}></span>`
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Record<string, string | number | null | undefined>;

class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps() belongs in an element position');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.applied) {
      if (props[name] === null || props[name] === undefined) style.removeProperty(name);
    }
    this.applied = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      style.setProperty(name, String(value));
      this.applied.add(name);
    }
    return noChange;
  }
}

/** Sets CSS properties (kebab-case names, custom properties too) through the CSSOM. */
export const styleProps = directive(StylePropsDirective);
