// HTML text escaping and the self-contained document shell shared by the HTML exports.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * A self-contained HTML file: inline style only, and a policy that forbids scripts and loads, so
 * an exported file stays inert wherever it is opened. `title` is escaped here; `body` must be
 * escaped HTML already.
 */
export function htmlDocument(lang: string, title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
