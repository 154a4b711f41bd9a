// The seven properties with which the reason chart and the dashboard select what they show, as
// one mixin: same names, attributes, defaults and docs on both (the dashboard hands them on to
// its chart). The logic that reads them lives in period.ts.
import { property } from 'lit/decorators.js';
import type { TzElement } from '../base/tz-element.js';
import type { ComparisonMode, PeriodPreset } from './period.js';
import type { PublicationUnit, ReasonScope } from './selection.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AbstractConstructor<T> = abstract new (...args: any[]) => T;

/** The mixin's public face (a declared class: the returned class type must not name Lit's privates). */
export declare class PeriodSelectionProperties {
  period: PeriodPreset;
  from?: string;
  to?: string;
  comparison: ComparisonMode;
  reasonScope: ReasonScope;
  today?: string;
  publication: PublicationUnit;
}

/** @mixin */
export function PeriodSelection<B extends AbstractConstructor<TzElement>>(Base: B): B & AbstractConstructor<PeriodSelectionProperties> {
  abstract class WithPeriodSelection extends Base {
    /** Period preset: `this-school-year` (default), `last-school-year`, `last-3-months` or `custom` (uses `from`/`to`). */
    @property({ reflect: true }) period: PeriodPreset = 'this-school-year';

    /** Start of a custom period (`YYYY-MM-DD`). */
    @property({ reflect: true }) from?: string;

    /** End of a custom period (`YYYY-MM-DD`, inclusive). */
    @property({ reflect: true }) to?: string;

    /** Comparison: `previous` (the period of the same length before, default) or `last-year`. */
    @property({ reflect: true }) comparison: ComparisonMode = 'previous';

    /** `primary` (default): the main reason of each case; `all`: every reason mentioned. */
    @property({ attribute: 'reason-scope', reflect: true }) reasonScope: ReasonScope = 'primary';

    /** The date presets are computed from (`YYYY-MM-DD`); today in the Netherlands when absent. */
    @property() today?: string;

    /**
     * `day` (default): any period. `school-year`: only whole school years and the main reason, as
     * the server publishes reasons to roles without access to the cases (SWV, leerplicht).
     */
    @property({ reflect: true }) publication: PublicationUnit = 'day';
  }
  return WithPeriodSelection;
}
