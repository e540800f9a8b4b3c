import { chiSquareP } from './incomplete-gamma';

export type ChiSquareResult = {
  statistic: number;
  df: number;
  pValue: number;
  expected: number[][];
  /**
   * Haberman's adjusted (standardized) residuals, (O − E) / √(E (1 − r/N)(1 − c/N)):
   * approximately standard normal under independence, so |r| > 1.96 marks a cell that
   * departs from independence at the 5% level. Rows or columns dropped as empty get NaN.
   */
  adjustedResiduals: number[][];
  /** Cochran's rule: the χ² approximation is doubtful when over 20% of expected counts are below 5. */
  lowExpected: { cellsBelow5: number; cells: number; share: number; flagged: boolean };
};

export type ChiSquareOutcome =
  | ({ testable: true } & ChiSquareResult)
  | { testable: false; reason: 'fewer_than_two_nonempty_rows' | 'fewer_than_two_nonempty_columns' | 'empty_table' };

/**
 * Pearson's chi-square test of independence on an r × c table of counts. Rows or columns
 * with a zero total carry no information and would divide by zero: they are left out of
 * the statistic and the degrees of freedom; fewer than two of either is not testable.
 */
export function chiSquareIndependence(table: readonly (readonly number[])[]): ChiSquareOutcome {
  const rows = table.length;
  const columns = rows === 0 ? 0 : Math.max(...table.map((row) => row.length));
  const rowTotals = new Array<number>(rows).fill(0);
  const columnTotals = new Array<number>(columns).fill(0);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const row = table[i] ?? [];
    for (let j = 0; j < columns; j++) {
      const value = row[j] ?? 0;
      rowTotals[i]! += value;
      columnTotals[j]! += value;
      total += value;
    }
  }
  if (total <= 0) return { testable: false, reason: 'empty_table' };
  const liveRows = rowTotals.filter((value) => value > 0).length;
  const liveColumns = columnTotals.filter((value) => value > 0).length;
  if (liveRows < 2) return { testable: false, reason: 'fewer_than_two_nonempty_rows' };
  if (liveColumns < 2) return { testable: false, reason: 'fewer_than_two_nonempty_columns' };

  let statistic = 0;
  let cellsBelow5 = 0;
  const expected: number[][] = [];
  const adjustedResiduals: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const expectedRow: number[] = [];
    const residualRow: number[] = [];
    const rowTotal = rowTotals[i]!;
    for (let j = 0; j < columns; j++) {
      const columnTotal = columnTotals[j]!;
      const e = (rowTotal * columnTotal) / total;
      expectedRow.push(e);
      if (rowTotal === 0 || columnTotal === 0) {
        residualRow.push(Number.NaN);
        continue;
      }
      const observed = table[i]?.[j] ?? 0;
      statistic += ((observed - e) * (observed - e)) / e;
      if (e < 5) cellsBelow5++;
      const variance = e * (1 - rowTotal / total) * (1 - columnTotal / total);
      residualRow.push(variance > 0 ? (observed - e) / Math.sqrt(variance) : Number.NaN);
    }
    expected.push(expectedRow);
    adjustedResiduals.push(residualRow);
  }
  const df = (liveRows - 1) * (liveColumns - 1);
  const cells = liveRows * liveColumns;
  const share = cellsBelow5 / cells;
  return {
    testable: true,
    statistic,
    df,
    pValue: chiSquareP(statistic, df),
    expected,
    adjustedResiduals,
    lowExpected: { cellsBelow5, cells, share, flagged: share > 0.2 },
  };
}
