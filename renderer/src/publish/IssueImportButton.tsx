// "지난 호 가져오기": pick a past issue (.txt / .md), preview it (a dry run), then import it and
// open the new issue. A file that cannot be read (binary, truncated) is reported with the
// service's message, which names the file and the line.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueImportSummary } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import { readAsBase64 } from '../glossary/fileData.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { navigate } from '../shell/route.ts';
import { IssueImportDialog } from './IssueImportDialog.tsx';

interface Pending {
  fileName: string;
  contentBase64: string;
  preview: IssueImportSummary;
}

export function IssueImportButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<unknown>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    setError(null);
    try {
      const contentBase64 = await readAsBase64(file);
      const preview = await api.importIssue({ fileName: file.name, contentBase64, dryRun: true });
      setPending({ fileName: file.name, contentBase64, preview });
    } catch (failure) {
      setError(failure);
    } finally {
      setReading(false);
      if (input.current) input.current.value = '';
    }
  };

  const apply = async (addProposed: boolean) => {
    if (!pending) return;
    const done = await api.importIssue({ fileName: pending.fileName, contentBase64: pending.contentBase64, addProposed });
    setPending(null);
    if (done.issue) navigate({ screen: 'issue', id: done.issue.id });
  };

  return (
    <div className="issue-import">
      <button type="button" disabled={reading} onClick={() => input.current?.click()} data-testid="issue-import-button">
        {reading ? t('import.reading') : t('issueImport.button')}
      </button>
      <input ref={input} type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" hidden onChange={(e) => void pick(e.target.files?.[0])} data-testid="issue-import-file" />
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {pending && <IssueImportDialog fileName={pending.fileName} preview={pending.preview} onApply={apply} onClose={() => setPending(null)} />}
    </div>
  );
}
