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
import type { Progress } from '../model.ts';

type IssueFileMethods = Pick<DonghyangApi, 'importIssue' | 'exportIssue' | 'issueDocument'> & {
  /** Where a running issue export is (the service's progress() reports it), null when none runs. */
  exportProgress(): Progress | null;
};

/** The steps of a PDF export, in order: lay out, start the browser (first export only), load, print. */
const PDF_STEPS = ['layout', 'start', 'load', 'print'];

const MIME: Record<IssueExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
  md: 'text/markdown',
};

export async function renderIssue(bulletin: BulletinIssue, format: IssueExportFormat, onPhase?: (phase: string) => void): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return exportDocx(bulletin);
    case 'pdf':
      return exportPdf(bulletin, { onPhase });
    case 'html':
      return Buffer.from(exportHtml(bulletin), 'utf8');
    case 'md':
      return Buffer.from(exportMarkdown(bulletin), 'utf8');
  }
}

export function issueFileMethods(store: GlossaryStore): IssueFileMethods {
  let current: Progress | null = null;
  return {
    exportProgress: () => current,
    async importIssue({ fileName, contentBase64, dryRun, addProposed }) {
      const bulletin = parseIssueBytes(fileName, Buffer.from(contentBase64, 'base64'));
      const result = importIssueIntoStore(store, bulletin, { dryRun, addProposed });
      const issue = result.issue ? (store.listIssues().find((s) => s.id === result.issue!.id) ?? null) : null;
      return { issue, counts: result.counts, merge: result.merge, unplaced: result.unplaced, proposedAdded: result.proposedAdded };
    },
    async exportIssue({ issueId, format }): Promise<ExportedFile> {
      const bulletin = bulletinFromStore(store, issueId);
      const total = format === 'pdf' ? PDF_STEPS.length : 1;
      current = { phase: `${format}:layout`, done: 0, total };
      let bytes: Uint8Array;
      try {
        bytes = await renderIssue(bulletin, format, (phase) => {
          current = { phase: `pdf:${phase}`, done: Math.max(0, PDF_STEPS.indexOf(phase)), total };
        });
      } finally {
        current = null;
      }
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
