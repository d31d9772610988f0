// One 〈표〉 of the body as a grid: title, cells, rows and columns added or removed, the header row
// chosen, and cells pasted from a spreadsheet (Excel, LibreOffice copy tab-separated text). Each
// change rewrites only the table's lines in the body (body-parts.ts).
import { memo, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rowsFromClipboard, type BodyTable } from '../../../glossary/bulletin/body-parts.ts';
import { looksLikeHeader } from '../../../glossary/bulletin/layout/table-layout.ts';
import { gridWidth, padded, pasteAt, removeColumn, removeRow, setCell, type Grid } from './tableGrid.ts';

/** A row as the text form keeps it: without its trailing empty cells. */
function trimmedRow(row: string[]): string[] {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  return out;
}

export interface TableValue {
  title: string;
  rows: Grid;
  header?: boolean;
}

interface Props {
  index: number;
  table: BodyTable;
  /** group: coalesces typing in one cell into one undo step; null for a discrete change. */
  onChange: (index: number, next: TableValue, group: string | null) => void;
  onRemove: (index: number) => void;
}

export const TableEditor = memo(function TableEditor({ index, table, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  // Empty rows and columns are not written (the text form drops them): they live here until typed in.
  const [extraRows, setExtraRows] = useState(0);
  const [extraCols, setExtraCols] = useState(0);
  const width = Math.max(1, gridWidth(table.rows) + extraCols);
  const rows = padded([...table.rows, ...Array.from({ length: extraRows }, () => [])], width);
  const header = table.header ?? looksLikeHeader(padded(table.rows));
  const value = (patch: Partial<TableValue>): TableValue => ({ title: table.title, rows: table.rows, ...(table.header === undefined ? {} : { header: table.header }), ...patch });

  const typed = (r: number, c: number, text: string) => {
    const next = setCell(table.rows, r, c, text);
    // The grid keeps its size while typing: rows and columns the text form drops when they are
    // empty (a cell just cleared) stay on screen as extra ones.
    const kept = next.filter((row) => row.some((cell) => cell.trim() !== ''));
    setExtraRows(Math.max(0, rows.length - kept.length));
    setExtraCols(Math.max(0, width - gridWidth(kept.map((row) => trimmedRow(row)))));
    onChange(index, value({ rows: next }), `table-${index}-${r}-${c}`);
  };

  const paste = (r: number, c: number, event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text)) return; // one plain value: the input's own paste
    event.preventDefault();
    const next = pasteAt(table.rows, r, c, rowsFromClipboard(text));
    setExtraRows(0);
    setExtraCols(0);
    onChange(index, value({ rows: next }), null);
  };

  const dropRow = (r: number) => {
    if (r >= table.rows.length) setExtraRows((n) => Math.max(0, n - 1));
    else onChange(index, value({ rows: removeRow(table.rows, r) }), null);
  };
  const dropColumn = (c: number) => {
    if (c >= gridWidth(table.rows)) setExtraCols((n) => Math.max(0, n - 1));
    else onChange(index, value({ rows: removeColumn(table.rows, c) }), null);
  };

  return (
    <div className="table-editor" data-testid="table-editor">
      <div className="table-editor-head">
        <span>〈</span>
        <input className="table-title" value={table.title} onChange={(e) => onChange(index, value({ title: e.target.value }), `table-${index}-title`)} aria-label={t('parts.tableTitle')} data-testid="table-title" />
        <span>〉</span>
        <label className="small-text">
          <input type="checkbox" checked={header} onChange={(e) => onChange(index, value({ header: e.target.checked }), null)} data-testid="table-header" /> {t('parts.headerRow')}
        </label>
        {table.header === undefined && <span className="muted small-text" data-testid="table-header-detected">{t('parts.headerDetected')}</span>}
        <span className="spacer" />
        <button type="button" className="ghost small" onClick={() => onRemove(index)} data-testid="table-remove">{t('parts.removeTable')}</button>
      </div>
      <table className="table-grid">
        <thead>
          <tr>
            {Array.from({ length: width }, (_, c) => (
              <th key={c}>
                <button type="button" className="ghost small" onClick={() => dropColumn(c)} title={t('parts.removeColumn')} aria-label={t('parts.removeColumn')} data-testid="column-remove">×</button>
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={header && r === 0 ? 'header-row' : undefined} data-testid="table-row">
              {row.map((cell, c) => (
                <td key={c}>
                  <input value={cell} onChange={(e) => typed(r, c, e.target.value)} onPaste={(e) => paste(r, c, e)} aria-label={`${r + 1}:${c + 1}`} data-testid={`cell-${r}-${c}`} />
                </td>
              ))}
              <td>
                <button type="button" className="ghost small" onClick={() => dropRow(r)} title={t('parts.removeRow')} aria-label={t('parts.removeRow')} data-testid="row-remove">×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="table-editor-tools">
        <button type="button" className="small" onClick={() => setExtraRows((n) => n + 1)} data-testid="row-add">{t('parts.addRow')}</button>
        <button type="button" className="small" onClick={() => setExtraCols((n) => n + 1)} data-testid="column-add">{t('parts.addColumn')}</button>
        <span className="muted small-text">{t('parts.pasteCells')}</span>
      </div>
    </div>
  );
});
