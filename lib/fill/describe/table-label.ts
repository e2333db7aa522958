// Step 6 of the label chain: forms laid out as tables. The label sits in the cell to the left, or in a
// header row above (a grid of repeated entries); a DD takes its DT.
import { containsControl } from './dom';
import { visibleText } from './text';

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
  if (!cell) return '';
  const row = cell.parentElement as HTMLTableRowElement | null;
  const column = columnOf(cell);
  const left = cellText(cell.previousElementSibling);
  if (left && !(row && isRowHeader(cell.previousElementSibling!, row))) return left;
  if (left) return gridHeader(row!, column) || left;
  let r = row ? rowAbove(row) : null;
  for (let n = 0; r && n < 12; n++, r = rowAbove(r)) {
    const text = cellText(cellAtColumn(r, column));
    if (text) return text;
  }
  return '';
}

/** The first cell of a row whose other cells hold controls: '大学本科' keying a row of a grid. */
function isRowHeader(left: Element, row: Element): boolean {
  return row.firstElementChild === left && row.children.length > 2 && !!gridHeader(row, columnOf(left) + 1);
}

/**
 * The column header of a grid (one row per entry or level, 毕业院校 / 所学专业 above): the first row
 * without controls above rows of the same shape.
 */
function gridHeader(row: Element, column: number): string {
  const width = row.children.length;
  for (let r = rowAbove(row), n = 0; r && n < 12 && r.children.length === width; n++, r = rowAbove(r)) {
    if (containsControl(r)) continue;
    return cellText(cellAtColumn(r, column));
  }
  return '';
}

function columnOf(cell: Element): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling)
    col += (c as HTMLTableCellElement).colSpan || 1;
  return col;
}

function cellAtColumn(row: Element, column: number): Element | undefined {
  let col = 0;
  for (const c of Array.from(row.children)) {
    if (col === column) return c;
    col += (c as HTMLTableCellElement).colSpan || 1;
    if (col > column) return undefined;
  }
  return undefined;
}

/** The row above; from the first TBODY row that is the last THEAD row. */
function rowAbove(row: Element): Element | null {
  if (row.previousElementSibling) return row.previousElementSibling;
  const section = row.parentElement;
  if (!section || section.tagName !== 'TBODY') return null;
  const head = section.parentElement?.querySelector(':scope > thead');
  return head?.lastElementChild ?? null;
}
