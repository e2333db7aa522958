// Step 6 of the label chain: forms laid out as tables. The label sits in the cell to the left, or in a
// header row above (a grid of repeated entries); a DD takes its DT. Cells are placed on the table's
// grid as browsers lay it out (rowspan, colspan): a Word-made 登记表 opens each part with a title cell
// spanning all its rows, so its data rows start one column later than their header row, and counting
// cells would put every value under the header to its left.
import { containsControl } from './dom';
import { visibleText } from './text';

interface Grid {
  /** grid[row][column]: the cell covering that slot. */
  slots: Element[][];
  /** Where each cell starts. */
  origin: Map<Element, { row: number; col: number }>;
  width: number;
}

const grids = new WeakMap<Element, { rows: number; grid: Grid }>();

function gridOf(table: HTMLTableElement): Grid {
  const rows = Array.from(table.rows);
  const known = grids.get(table);
  if (known && known.rows === rows.length && rows.every((r) => known.grid.origin.has(r.cells[0] ?? r)))
    return known.grid;
  const slots: Element[][] = rows.map(() => []);
  const origin = new Map<Element, { row: number; col: number }>();
  let width = 0;
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of Array.from(row.cells)) {
      while (slots[r]![col]) col++;
      const down = cell.rowSpan === 0 ? rows.length - r : Math.max(1, cell.rowSpan);
      const across = Math.max(1, cell.colSpan);
      origin.set(cell, { row: r, col });
      for (let i = 0; i < down && r + i < rows.length; i++)
        for (let j = 0; j < across; j++) slots[r + i]![col + j] = cell;
      col += across;
    }
    width = Math.max(width, slots[r]!.length);
  });
  const grid = { slots, origin, width };
  grids.set(table, { rows: rows.length, grid });
  return grid;
}

function cellText(cell: Element | null | undefined): string {
  return cell && !containsControl(cell) ? visibleText(cell) : '';
}

/** 6: table layouts (the cell to the left, else the header cell above) and DD → DT. */
export function tableLabel(target: Element): string {
  const dd = target.closest('dd');
  if (dd) {
    let dt = dd.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (dt) return visibleText(dt);
  }
  const cell = target.closest('td,th') as HTMLTableCellElement | null;
  const table = cell?.closest('table');
  if (!cell || !table) return '';
  const grid = gridOf(table);
  const at = grid.origin.get(cell);
  if (!at) return '';
  const leftCell = at.col > 0 ? grid.slots[at.row]![at.col - 1] : undefined;
  const left = cellText(leftCell);
  const headerAt = (row: number, col: number) => columnHeader(grid, row, col) || detachedHeader(table, col);
  const header = headerAt(at.row, at.col);
  // A row's key (大学本科 keying a row of a grid, an el-table's row number) or a part title spanning several
  // rows (学习经历) names the row, not the column: the header above says what the box asks.
  if (left && leftCell && (spansRows(leftCell) || isRowKey(grid, leftCell, at.row, headerAt)))
    return header || left;
  return left || header;
}

/**
 * A grid drawn as two tables, its header table before its body's (Element Plus' el-table, antd's table
 * with a fixed header): the header of a body column is the header table's last-row cell in that column.
 */
function detachedHeader(table: HTMLTableElement, col: number): string {
  if (table.tHead?.rows.length) return '';
  const width = gridOf(table).width;
  // The body table sits a few wrappers down (el-table's scrollbar: wrapper > scrollbar > wrap > view).
  let node: Element | null = table;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const head = sib.tagName === 'TABLE' ? (sib as HTMLTableElement) : sib.querySelector('table');
      if (!head || !head.rows.length || containsControl(head)) continue;
      const grid = gridOf(head);
      // Its columns are the body's (a header may add a gutter column for the scrollbar).
      if (grid.width < width || grid.width > width + 1) return '';
      return cellText(grid.slots[grid.slots.length - 1]![col]);
    }
  }
  return '';
}

function spansRows(cell: Element): boolean {
  return (cell as HTMLTableCellElement).rowSpan !== 1;
}

/**
 * A key of its row (only other keys before it: 全日制教育 reaching down two rows, then 第一学历), the rest
 * of which holds only controls, under a header row.
 */
function isRowKey(
  grid: Grid,
  cell: Element,
  row: number,
  headerAt: (row: number, col: number) => string,
): boolean {
  const at = grid.origin.get(cell);
  if (!at || at.row !== row) return false;
  const slots = grid.slots[row]!;
  if (slots.slice(0, at.col).some((c) => !c || containsControl(c))) return false;
  const rest = new Set(slots.slice(at.col).filter((c) => c !== cell));
  // A row with another label cell in it ('通讯地址 [box] 邮政编码 [box]') pairs labels with boxes itself.
  if ([...rest].some((c) => c && grid.origin.get(c)?.row === row && cellText(c))) return false;
  return rest.size > 1 && !!headerAt(row, at.col + 1);
}

/**
 * The header of a column: above the rows whose cell in that column holds a control (the grid's other
 * entries), the first cell without one, unless it spans the whole table (a part title, not a header).
 */
function columnHeader(grid: Grid, row: number, col: number): string {
  for (let r = row - 1, n = 0; r >= 0 && n < 12; r--, n++) {
    const cell = grid.slots[r]![col];
    if (!cell) return '';
    if (containsControl(cell)) continue;
    const at = grid.origin.get(cell)!;
    const across = (cell as HTMLTableCellElement).colSpan;
    // A cell reaching down from a row above covers this slot too: the header is where it starts.
    if (at.row !== r) continue;
    return across >= grid.width && grid.width > 1 ? '' : cellText(cell);
  }
  return '';
}
