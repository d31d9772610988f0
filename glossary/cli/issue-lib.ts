// What the issue commands run on, in one module that issue-commands.ts loads only when a command
// runs (DOCX, PDF and the store are heavy to load; `donghyang --help` needs none of them).
export { exportDocx } from '../bulletin/export-docx.ts';
export { exportHtml } from '../bulletin/export-html.ts';
export { exportMarkdown } from '../bulletin/export-markdown.ts';
export { exportPdf } from '../bulletin/export-pdf.ts';
export { bulletinFromStore } from '../bulletin/from-store.ts';
export { extractPairs, mergePairs } from '../bulletin/pairs.ts';
export { parseIssueBytes } from '../bulletin/parse-text.ts';
export { glossaryLookup, importIssueIntoStore } from '../bulletin/to-store.ts';
export { openStore, seedIfNew } from '../store/index.ts';
