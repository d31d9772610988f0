// The issue view's actions for reviewers and publishers: save/compare issue versions, the review
// report, downloads in the house layout (DOCX, HTML, Markdown, PDF made on the host) and the print view.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueExportFormat } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import { downloadBase64 } from '../glossary/fileData.ts';
import { IssueVersionsDialog } from '../review/IssueVersionsDialog.tsx';
import { hrefOf } from '../shell/route.ts';
import { showToast } from '../shell/toast.ts';
import { useServiceProgress } from '../glossary/useServiceProgress.ts';

const EXPORTS: [IssueExportFormat, string][] = [
  ['docx', 'publish.docx'],
  ['html', 'publish.html'],
  ['md', 'publish.markdown'],
  ['pdf', 'publish.serverPdf'],
];

export function IssueToolbar({ issueId, onError }: { issueId: number; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [versionsKey, setVersionsKey] = useState(0);
  const [progress] = useServiceProgress(busy === 'pdf');
  const pdfPhase = progress?.phase.startsWith('pdf:') ? progress.phase.slice(4) : 'layout';

  const run = async (name: string, work: () => Promise<void>) => {
    setBusy(name);
    try {
      await work();
    } catch (failure) {
      onError(failure);
    } finally {
      setBusy(null);
    }
  };
  const saveVersion = () =>
    run('version', async () => {
      await api.saveVersion({ issueId });
      setVersionsKey((n) => n + 1);
      showToast(t('versions.saved'));
    });
  const download = (format: IssueExportFormat) =>
    run(format, async () => {
      const file = await api.exportIssue({ issueId, format });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    });

  return (
    <div className="issue-toolbar" data-testid="issue-toolbar">
      <span className="toolbar-group">
        <button type="button" disabled={busy !== null} onClick={() => void saveVersion()} data-testid="save-issue-version">{t('versions.saveIssue')}</button>
        <button type="button" onClick={() => setVersionsOpen(true)} data-testid="issue-versions">{t('versions.title')}</button>
        <a className="button" href={hrefOf({ screen: 'review', id: issueId })} data-testid="open-review-report">{t('report.title')}</a>
      </span>
      <span className="toolbar-group" role="group" aria-label={t('publish.export')}>
        <span className="muted small-text">{t('publish.export')}</span>
        {EXPORTS.map(([format, label]) => (
          <button key={format} type="button" disabled={busy !== null} onClick={() => void download(format)} data-testid={`export-${format}`}>
            {busy === format ? t('publish.exporting') : t(label)}
          </button>
        ))}
        <a className="button" href={hrefOf({ screen: 'print', id: issueId })} data-testid="open-print">{t('publish.print')}</a>
        {busy === 'pdf' && (
          <span className="toolbar-progress" data-testid="pdf-progress" data-phase={pdfPhase}>
            <progress max={progress?.total || 4} value={progress?.done ?? 0} aria-label={t(`publish.pdfPhase.${pdfPhase}`)} />
            <span className="muted small-text">{t(`publish.pdfPhase.${pdfPhase}`)}</span>
          </span>
        )}
      </span>
      {versionsOpen && (
        <IssueVersionsDialog issueId={issueId} refreshKey={versionsKey} onSave={() => void saveVersion()} onClose={() => setVersionsOpen(false)} />
      )}
    </div>
  );
}
