// Past issues in (text/Markdown of the published bulletin) and finished issues out (DOCX, PDF,
// HTML, Markdown), through the bulletin module.
import type { DonghyangApi, ExportedFile, IssueExportFormat } from '../api.ts';
import type { GlossaryStore } from '../store/index.ts';
import { parseIssueBytes } from '../bulletin/parse-text.ts';
import { importIssueIntoStore } from '../bulletin/to-store.ts';
import { bulletinFromStore } from '../bulletin/from-store.ts';
import { exportDocx } from '../bulletin/export-docx.ts';
import { exportHtml } from '../bulletin/export-html.ts';
import { exportMarkdown } from '../bulletin/export-markdown.ts';
import { exportPdf } from '../bulletin/export-pdf.ts';
import type { BulletinIssue } from '../bulletin/model.ts';

type IssueFileMethods = Pick<DonghyangApi, 'importIssue' | 'exportIssue' | 'issueDocument'>;

const MIME: Record<IssueExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
  md: 'text/markdown',
};

export async function renderIssue(bulletin: BulletinIssue, format: IssueExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return exportDocx(bulletin);
    case 'pdf':
      return exportPdf(bulletin);
    case 'html':
      return Buffer.from(exportHtml(bulletin), 'utf8');
    case 'md':
      return Buffer.from(exportMarkdown(bulletin), 'utf8');
  }
}

export function issueFileMethods(store: GlossaryStore): IssueFileMethods {
  return {
    async importIssue({ fileName, contentBase64, dryRun, addProposed }) {
      const bulletin = parseIssueBytes(fileName, Buffer.from(contentBase64, 'base64'));
      const result = importIssueIntoStore(store, bulletin, { dryRun, addProposed });
      const issue = result.issue ? (store.listIssues().find((s) => s.id === result.issue!.id) ?? null) : null;
      return { issue, counts: result.counts, merge: result.merge, unplaced: result.unplaced, proposedAdded: result.proposedAdded };
    },
    async exportIssue({ issueId, format }): Promise<ExportedFile> {
      const bulletin = bulletinFromStore(store, issueId);
      const bytes = await renderIssue(bulletin, format);
      return {
        fileName: `donghyang-${bulletin.date}.${format}`,
        mimeType: MIME[format],
        contentBase64: Buffer.from(bytes).toString('base64'),
      };
    },
    async issueDocument({ issueId }) {
      return bulletinFromStore(store, issueId);
    },
  };
}
