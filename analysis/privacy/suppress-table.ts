import { derivableEntries } from './derivable';

/** Statistics Canada's rule for survey counts: nothing under 10 respondents leaves the partnership. */
export const DEFAULT_MINIMUM_CELL = 10;

export type CellStatus = 'published' | 'primary' | 'complementary' | 'unpublished';

export type SuppressOptions = {
  minimum?: number;
  /** Whether row totals are published; unpublished totals give nothing away and need no protection. */
  rowTotals?: boolean;
  columnTotals?: boolean;
  /** Cells hidden before the rule runs, e.g. a whole community hidden elsewhere in the report. */
  alsoHide?: readonly (readonly boolean[])[];
  /** Row totals known to be hidden elsewhere. */
  hiddenRowTotals?: readonly boolean[];
};

export type SuppressedTable = {
  cells: (number | null)[][];
  status: CellStatus[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
  rowTotalStatus: CellStatus[];
  columnTotalStatus: CellStatus[];
};

/**
 * Primary suppression of every cell under `minimum`, then complementary suppression so no
 * hidden cell can be recovered from published totals: while a row or column with a
 * published total has exactly one hidden entry, hide its next smallest entry too (cells
 * before totals); then, because that rule alone can leave a cell pinned down by a
 * combination of rows and columns, check exact derivability and hide more until none is.
 */
export function suppressTable(table: readonly (readonly number[])[], options: SuppressOptions = {}): SuppressedTable {
  const minimum = options.minimum ?? DEFAULT_MINIMUM_CELL;
  const r = table.length;
  const c = r === 0 ? 0 : Math.max(...table.map((row) => row.length));
  // The grid carries the totals in its last row and column, so totals follow the same rule.
  const values: number[][] = [];
  const status: CellStatus[][] = [];
  for (let i = 0; i <= r; i++) {
    values.push(new Array<number>(c + 1).fill(0));
    status.push(new Array<CellStatus>(c + 1).fill('published'));
  }
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const value = table[i]?.[j] ?? 0;
      values[i]![j] = value;
      values[i]![c]! += value;
      values[r]![j]! += value;
      values[r]![c]! += value;
      if (value < minimum || options.alsoHide?.[i]?.[j]) status[i]![j] = 'primary';
    }
  }
  for (let i = 0; i < r; i++) {
    if (options.rowTotals === false) status[i]![c] = 'unpublished';
    else if (options.hiddenRowTotals?.[i]) status[i]![c] = 'primary';
  }
  for (let j = 0; j < c; j++) if (options.columnTotals === false) status[r]![j] = 'unpublished';
  if (options.rowTotals === false || options.columnTotals === false) status[r]![c] = 'unpublished';

  const hidden = (i: number, j: number) => status[i]![j] !== 'published';
  const lines: [number, number][][] = [];
  for (let i = 0; i <= r; i++) lines.push(Array.from({ length: c + 1 }, (_, j) => [i, j] as [number, number]));
  for (let j = 0; j <= c; j++) lines.push(Array.from({ length: r + 1 }, (_, i) => [i, j] as [number, number]));

  const hideNextSmallest = (line: [number, number][]): boolean => {
    const candidates = line
      .filter(([i, j]) => !hidden(i, j))
      .sort(([ai, aj], [bi, bj]) => {
        const aTotal = ai === r || aj === c ? 1 : 0;
        const bTotal = bi === r || bj === c ? 1 : 0;
        return aTotal - bTotal || values[ai]![aj]! - values[bi]![bj]!;
      });
    const pick = candidates[0];
    if (!pick) return false;
    status[pick[0]]![pick[1]] = 'complementary';
    return true;
  };

  for (;;) {
    let changed = false;
    for (const line of lines) {
      // A line whose total is not published is no equation an attacker can use.
      if (line.some(([i, j]) => status[i]![j] === 'unpublished')) continue;
      if (line.filter(([i, j]) => hidden(i, j)).length === 1) changed = hideNextSmallest(line) || changed;
    }
    if (changed) continue;
    const grid = values.map((row, i) => row.map((value, j) => (hidden(i, j) ? null : value)));
    // An unpublished total worked out from published cells reveals nothing: only hidden cells count.
    const leak = derivableEntries(grid).find(([i, j]) => status[i]![j] !== 'unpublished');
    if (!leak) break;
    // Hide another entry of the leaking entry's row (or column when the row is exhausted).
    if (!hideNextSmallest(lines[leak[0]]!) && !hideNextSmallest(lines[r + 1 + leak[1]]!)) break;
  }

  const publish = (i: number, j: number) => (hidden(i, j) ? null : values[i]![j]!);
  return {
    cells: table.map((_, i) => Array.from({ length: c }, (_, j) => publish(i, j))),
    status: table.map((_, i) => status[i]!.slice(0, c)),
    rowTotals: table.map((_, i) => publish(i, c)),
    columnTotals: Array.from({ length: c }, (_, j) => publish(r, j)),
    grandTotal: publish(r, c),
    rowTotalStatus: table.map((_, i) => status[i]![c]!),
    columnTotalStatus: Array.from({ length: c }, (_, j) => status[r]![j]!),
  };
}
