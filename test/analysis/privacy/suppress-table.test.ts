import { describe, expect, it } from 'vitest';
import { derivableEntries, suppressTable, type SuppressedTable } from '../../../analysis/privacy';

/** What a reader sees: the cells with the totals as last row and column, null where hidden. */
const published = (t: SuppressedTable): (number | null)[][] => [
  ...t.cells.map((row, i) => [...row, t.rowTotals[i]!]),
  [...t.columnTotals, t.grandTotal],
];

/** A small deterministic generator (Park–Miller), so the randomised tables are the same every run. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

describe('derivableEntries', () => {
  it('finds a cell hidden alone in its row by subtraction from the total', () => {
    // 20 + ? + 15 = 38 → ? = 3.
    expect(derivableEntries([[20, null, 15, 38], [12, 30, 25, 67], [32, 33, 40, 105]])).toContainEqual([0, 1]);
  });

  it('finds a cell pinned down only by combining rows and columns', () => {
    // Hidden: (0,0), (0,1), (1,0). Row 1 gives (1,0) alone; then column 0 gives (0,0), row 0 (0,1).
    const leaks = derivableEntries([[null, null, 5, 20], [null, 7, 8, 25], [20, 15, 13, 45]]);
    expect(leaks).toHaveLength(3);
  });

  it('finds nothing in a rectangle of four hidden cells', () => {
    expect(derivableEntries([[null, null, 5, 20], [null, null, 8, 25], [20, 12, 13, 45]])).toEqual([]);
  });
});

describe('suppressTable', () => {
  it('hides the small cell and the complements worked out by hand', () => {
    // 3 is under 10 → row 0 hides its next smallest, 15; column 1 hides 18, column 2 hides 11.
    // The four hidden cells form a rectangle: one degree of freedom left, nothing derivable.
    const result = suppressTable([
      [20, 3, 15],
      [12, 30, 25],
      [40, 18, 11],
    ]);
    expect(result.status).toEqual([
      ['published', 'primary', 'complementary'],
      ['published', 'published', 'published'],
      ['published', 'complementary', 'complementary'],
    ]);
    expect(result.rowTotals).toEqual([38, 67, 69]);
    expect(result.columnTotals).toEqual([72, 51, 51]);
    expect(result.grandTotal).toBe(174);
    expect(derivableEntries(published(result))).toEqual([]);
  });

  it('uses the configured minimum', () => {
    expect(suppressTable([[12, 30], [40, 50]], { minimum: 20 }).cells).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(suppressTable([[12, 30], [40, 50]], { minimum: 5 }).cells).toEqual([
      [12, 30],
      [40, 50],
    ]);
  });

  it('needs no complement when the totals along that line are not published', () => {
    const result = suppressTable([[4], [30], [50]], { rowTotals: false, columnTotals: false });
    expect(result.cells).toEqual([[null], [30], [50]]);
    expect(result.columnTotals).toEqual([null]);
  });

  it('hides a second group when group sizes add up to a published total', () => {
    const result = suppressTable([[4], [30], [50]], { rowTotals: false });
    expect(result.cells).toEqual([[null], [null], [50]]);
    expect(result.columnTotals).toEqual([84]);
  });

  it('hides a total when a line has nothing else left to hide', () => {
    // One cell per row: the row total equals the cell, so it must go too.
    const result = suppressTable([[4], [30]]);
    expect(result.cells[0]).toEqual([null]);
    expect(result.rowTotals[0]).toBeNull();
    expect(derivableEntries(published(result))).toEqual([]);
  });

  it('never publishes a cell under the minimum nor leaves one derivable, on 300 random tables', () => {
    const random = generator(20260);
    for (let trial = 0; trial < 300; trial++) {
      const rows = 2 + Math.floor(random() * 6);
      const columns = 2 + Math.floor(random() * 5);
      const table = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => Math.floor(random() ** 2 * 60)),
      );
      const result = suppressTable(table);
      table.forEach((row, i) =>
        row.forEach((value, j) => {
          if (value < 10) expect(result.cells[i]![j]).toBeNull();
          if (result.cells[i]![j] !== null) expect(result.cells[i]![j]).toBe(value);
        }),
      );
      expect(derivableEntries(published(result))).toEqual([]);
    }
  });
});
