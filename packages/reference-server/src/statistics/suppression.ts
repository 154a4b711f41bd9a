// Small-cell suppression of aggregate counts (AVG data minimisation; the same idea as CBS's
// table protection rules, kept simple).
//
// Primary suppression: a count of 1..threshold-1 is not shown (null, suppressed: true); zero is
// shown, because "nobody" identifies nobody.
// Complementary suppression: a suppressed cell must never be derivable from the total and the
// shown cells. That happens when exactly one cell is suppressed (total − shown = that cell), or
// when every suppressed cell can only be 1 (their sum equals their number). Then the smallest
// shown non-zero cell is suppressed too, and so on; when no such cell is left the total is
// suppressed (or, where the total is published elsewhere and must stay, the smallest zero cell).
// A total of 1..threshold-1 is itself suppressed.

export interface SuppressedColumn {
  values: (number | null)[];
  suppressed: boolean[];
  total: number | null;
}

export interface SuppressOptions {
  /** Counts below this are suppressed; 0 or 1 switches suppression off. */
  threshold: number;
  /**
   * The total is known to the reader from elsewhere and cannot be hidden (school statistics:
   * the region total is the reason statistics' total). Zero cells are then used as complements.
   */
  totalIsPublic?: boolean;
  /** Cells hidden whatever their count (disclosure.ts rule 3); complements are added as usual. */
  forced?: readonly boolean[];
}

export function suppressColumn(counts: readonly number[], total: number, options: SuppressOptions): SuppressedColumn {
  const { threshold } = options;
  const forced = options.forced ?? [];
  if (threshold <= 1 && !forced.some(Boolean)) return { values: [...counts], suppressed: counts.map(() => false), total };

  const hidden = counts.map((count, i) => forced[i] === true || (count >= 1 && count < threshold));
  let totalHidden = !options.totalIsPublic && total >= 1 && total < threshold;

  const derivable = () => {
    if (totalHidden) return false;
    const hiddenValues = counts.filter((_, i) => hidden[i]);
    if (hiddenValues.length === 0) return false;
    const sum = hiddenValues.reduce((a, b) => a + b, 0);
    return hiddenValues.length === 1 || sum === hiddenValues.length;
  };

  while (derivable()) {
    const complement = smallestShown(counts, hidden, (count) => count > 0);
    if (complement !== -1) {
      hidden[complement] = true;
      continue;
    }
    if (!options.totalIsPublic) {
      totalHidden = true;
      break;
    }
    const zero = smallestShown(counts, hidden, () => true);
    if (zero === -1) break; // every cell hidden already: nothing left to derive from
    hidden[zero] = true;
  }

  return {
    values: counts.map((count, i) => (hidden[i] ? null : count)),
    suppressed: hidden,
    total: totalHidden ? null : total,
  };
}

/** Index of the smallest cell not yet hidden that satisfies `accept`, or -1. */
function smallestShown(counts: readonly number[], hidden: readonly boolean[], accept: (count: number) => boolean): number {
  let best = -1;
  counts.forEach((count, i) => {
    if (hidden[i] || !accept(count)) return;
    if (best === -1 || count < counts[best]) best = i;
  });
  return best;
}
