/**
 * Which hidden entries of a table with margins can be worked out exactly from what is
 * published, by any combination of additions and subtractions along rows and columns.
 *
 * The table is an (r + 1) × (c + 1) grid whose last row and column are the totals; an entry
 * is a number (published) or null (hidden). Each row and each column gives one linear
 * equation, cells − total = 0. A hidden entry is derivable exactly when its unit vector
 * lies in the row space of those equations restricted to the hidden entries, i.e. when the
 * reduced row echelon form has a row with that entry alone.
 */
export function derivableEntries(grid: readonly (readonly (number | null)[])[]): [number, number][] {
  const rows = grid.length;
  const columns = rows === 0 ? 0 : grid[0]!.length;
  const unknownIndex = new Map<string, number>();
  const unknowns: [number, number][] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (grid[i]?.[j] === null) {
        unknownIndex.set(`${i},${j}`, unknowns.length);
        unknowns.push([i, j]);
      }
    }
  }
  if (unknowns.length === 0) return [];
  const equations: number[][] = [];
  // Row lines: interior cells with +1, the row's total (last column) with −1.
  for (let i = 0; i < rows; i++) {
    const equation = new Array<number>(unknowns.length).fill(0);
    for (let j = 0; j < columns; j++) {
      const index = unknownIndex.get(`${i},${j}`);
      if (index !== undefined) equation[index] = j === columns - 1 ? -1 : 1;
    }
    equations.push(equation);
  }
  for (let j = 0; j < columns; j++) {
    const equation = new Array<number>(unknowns.length).fill(0);
    for (let i = 0; i < rows; i++) {
      const index = unknownIndex.get(`${i},${j}`);
      if (index !== undefined) equation[index] = i === rows - 1 ? -1 : 1;
    }
    equations.push(equation);
  }
  const reduced = reducedRowEchelon(equations);
  const derivable: [number, number][] = [];
  for (const row of reduced) {
    const nonZero = row.flatMap((value, index) => (Math.abs(value) > 1e-9 ? [index] : []));
    if (nonZero.length === 1) derivable.push(unknowns[nonZero[0]!]!);
  }
  return derivable;
}

function reducedRowEchelon(matrix: number[][]): number[][] {
  const m = matrix.map((row) => [...row]);
  const columns = m[0]?.length ?? 0;
  let pivotRow = 0;
  for (let column = 0; column < columns && pivotRow < m.length; column++) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < m.length; r++) if (Math.abs(m[r]![column]!) > Math.abs(m[best]![column]!)) best = r;
    if (Math.abs(m[best]![column]!) < 1e-9) continue;
    [m[pivotRow], m[best]] = [m[best]!, m[pivotRow]!];
    const pivot = m[pivotRow]!;
    const scale = pivot[column]!;
    for (let k = 0; k < columns; k++) pivot[k]! /= scale;
    for (let r = 0; r < m.length; r++) {
      if (r === pivotRow) continue;
      const row = m[r]!;
      const factor = row[column]!;
      if (factor === 0) continue;
      for (let k = 0; k < columns; k++) row[k]! -= factor * pivot[k]!;
    }
    pivotRow++;
  }
  return m.slice(0, pivotRow);
}
