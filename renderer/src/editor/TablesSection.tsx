// The body's tables, each in a grid editor, and a new table (empty, or pasted from a spreadsheet).
import { memo, useCallback, useMemo, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appendTable, bodyParts, removeTable, replaceTable, rowsFromClipboard } from '../../../glossary/bulletin/body-parts.ts';
import { TableEditor, type TableValue } from './TableEditor.tsx';

interface Props {
  body: string;
  /** Reads the latest body when it applies (two events in one frame compose). */
  latestBody: () => string;
  onBody: (body: string, group: string | null) => void;
}

export const TablesSection = memo(function TablesSection({ body, latestBody, onBody }: Props) {
  const { t } = useTranslation();
  const tables = useMemo(() => bodyParts(body).tables, [body]);
  const change = useCallback((index: number, next: TableValue, group: string | null) => onBody(replaceTable(latestBody(), index, next), group), [latestBody, onBody]);
  const remove = useCallback((index: number) => onBody(removeTable(latestBody(), index), null), [latestBody, onBody]);
  // Printed text (the bulletin is Korean whatever the UI language): the editor replaces it.
  const title = '표';
  const add = () => onBody(appendTable(latestBody(), { title, rows: [['', '']] }), null);
  const pasteNew = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    event.preventDefault();
    const rows = rowsFromClipboard(event.clipboardData.getData('text/plain'));
    if (rows.some((row) => row.some((cell) => cell !== ''))) onBody(appendTable(latestBody(), { title, rows }), null);
  };
  return (
    <details className="parts-section" open={tables.length > 0 || undefined} data-testid="parts-tables">
      <summary>{t('parts.tables')} <span className="badge">{tables.length}</span></summary>
      {tables.map((table, index) => <TableEditor key={index} index={index} table={table} onChange={change} onRemove={remove} />)}
      <div className="parts-tools">
        <button type="button" className="small" onClick={add} data-testid="table-add">{t('parts.addTable')}</button>
        <textarea className="paste-target" rows={1} value="" onChange={() => undefined} onPaste={pasteNew} placeholder={t('parts.pasteNewTable')} aria-label={t('parts.pasteNewTable')} data-testid="table-paste" />
      </div>
    </details>
  );
});
