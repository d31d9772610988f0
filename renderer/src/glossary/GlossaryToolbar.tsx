import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../glossary/model.ts';
import type { GlossaryExportFormat } from '../../../glossary/api.ts';
import type { ImportSource } from './ImportDialog.tsx';
import { api } from '../api/client.ts';
import { downloadBase64, readAsBase64 } from './fileData.ts';
import { useServiceProgress } from './useServiceProgress.ts';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  onNew: () => void;
  onPreview: (plan: ImportPlan & { planId: string }, source: ImportSource) => void;
  onError: (error: unknown) => void;
}

export function GlossaryToolbar({ query, onQuery, onNew, onPreview, onError }: Props) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState(false);
  // Reading a large file and exporting a large glossary take seconds: show how far they are.
  const [progress] = useServiceProgress(busy || exporting);

  const preview = async (file: File) => {
    setBusy(true);
    try {
      const source = { fileName: file.name, contentBase64: await readAsBase64(file) };
      onPreview(await api.previewImport(source), source);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const exportAs = async (format: GlossaryExportFormat) => {
    setExporting(true);
    try {
      const file = await api.exportGlossary({ format });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    } catch (error) {
      onError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="toolbar">
      <input
        type="search"
        className="search"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        placeholder={t('glossary.searchHint')}
        aria-label={t('glossary.search')}
        data-testid="glossary-search"
      />
      <button type="button" className="primary" onClick={onNew} data-testid="new-concept">+ {t('glossary.newConcept')}</button>
      <span className="spacer" />
      <label className={busy ? 'button disabled' : 'button'}>
        {busy ? t('import.reading') : t('import.button')}
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.tsv,.tbx,.xlsx,.xml,.mtf,.txt,.tab,.utf8"
          className="visually-hidden"
          disabled={busy}
          onChange={(e) => e.target.files?.[0] && void preview(e.target.files[0])}
          data-testid="import-file"
        />
      </label>
      <button type="button" disabled={exporting} onClick={() => void exportAs('tbx')} data-testid="export-tbx">{t('export.tbx')}</button>
      <button type="button" disabled={exporting} onClick={() => void exportAs('csv')} data-testid="export-csv">{t('export.csv')}</button>
      <select
        value=""
        disabled={exporting}
        onChange={(e) => e.target.value && void exportAs(e.target.value as GlossaryExportFormat)}
        aria-label={t('export.more')}
        title={t('export.more')}
        data-testid="export-more"
      >
        <option value="">{t('export.more')}</option>
        <option value="xlsx">{t('export.xlsx')}</option>
        <option value="multiterm">{t('export.multiterm')}</option>
        <option value="omegat">{t('export.omegat')}</option>
      </select>
      {(busy || exporting) && (
        <span className="toolbar-progress" data-testid="glossary-progress" data-phase={progress?.phase ?? ''}>
          <span className="small-text muted">{t(exporting ? 'export.running' : 'import.reading')}</span>
          <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={t(exporting ? 'export.running' : 'import.reading')} />
        </span>
      )}
    </div>
  );
}
