// The house layout's stylesheet, made from tokens.ts: the HTML export and the print view use
// this same text, so the page in the app, the HTML file and the PDF (Chromium prints the HTML)
// are one design. Class names are those render-html.ts and the print view write.
import { COLORS, FONTS, HANG_PT, INDENT_PT, LINE, PAGE, SIZE, SPACE } from './tokens.ts';

const family = (names: readonly string[]) => `${names.map((n) => `'${n}'`).join(', ')}, sans-serif`;
const space = (s: { before: number; after: number }) => `margin: ${s.before}pt 0 ${s.after}pt;`;
const c = (hex: string) => `#${hex}`;

export function houseCss(scope = '.h-doc'): string {
  const depthRules = [0, 1, 2, 3, 4]
    .map((d) => `${scope} .h-d${d} { padding-left: ${INDENT_PT * d + HANG_PT}pt; text-indent: -${HANG_PT}pt; }`)
    .join('\n');
  return `
@page { size: A4; margin: ${PAGE.marginMm}mm;
  @bottom-center { content: counter(page); font-family: ${family(FONTS.ko)}; font-size: 8pt; color: #555; } }
@page :first { @bottom-center { content: none; } }
${scope} { font-family: ${family(FONTS.ko)}; font-size: ${SIZE.body}pt; line-height: ${LINE}; color: #222;
  font-kerning: normal; text-spacing-trim: normal; word-break: keep-all; overflow-wrap: break-word; }
${scope} :lang(zh-Hans) { font-family: ${family(FONTS['zh-Hans'])}; }
${scope} :lang(zh-Hant) { font-family: ${family(FONTS['zh-Hant'])}; }
${scope} p, ${scope} h1, ${scope} h2, ${scope} h3 { margin: 0; }
${scope} a { color: ${c(COLORS.blue)}; overflow-wrap: anywhere; word-break: break-all; }
${scope} .h-cover { height: ${PAGE.heightMm - 2 * PAGE.marginMm - 2}mm; display: flex; flex-direction: column; break-after: page; }
${scope} .h-band { background: ${c(COLORS.blue)}; color: ${c(COLORS.white)}; padding: 3mm 4mm; }
${scope} .h-cover-org { font-size: ${SIZE.coverOrg}pt; letter-spacing: .12em; }
${scope} .h-cover-title { margin-top: 60mm; text-align: center; font-size: ${SIZE.coverTitle}pt; font-weight: bold; color: ${c(COLORS.blue)};
  border-bottom: 2.5pt solid ${c(COLORS.blue)}; padding-bottom: 4mm; line-height: 1.3; }
${scope} .h-cover-subtitle { text-align: center; font-size: ${SIZE.coverSubtitle}pt; font-weight: bold; color: ${c(COLORS.blue)}; margin-top: 3mm; line-height: 1.3; }
${scope} .h-cover-date { text-align: center; font-size: ${SIZE.coverDate}pt; font-weight: bold; margin-top: 5mm; }
${scope} .h-cover-number { text-align: center; font-size: ${SIZE.body + 1}pt; margin-top: 2mm; }
${scope} .h-cover-foot { margin-top: auto; text-align: center; }
${scope} .h-cover-publisher { font-size: ${SIZE.coverPublisher}pt; font-weight: bold; }
${scope} .h-contents { break-after: page; }
${scope} .h-contents-title { font-size: ${SIZE.contentsTitle}pt; font-weight: bold; color: ${c(COLORS.blue)}; margin-bottom: 8pt; }
${scope} .h-contents-section { font-size: ${SIZE.contentsSection}pt; font-weight: bold; color: ${c(COLORS.blue)}; margin: 10pt 0 4pt; }
${scope} .h-contents-entry { display: flex; gap: 6pt; margin: 0 0 3pt ${INDENT_PT}pt; }
${scope} .h-contents-rubric { flex: 0 0 auto; min-width: 4.5em; color: ${c(COLORS.blue)}; font-weight: bold; }
${scope} .h-contents-entry a { color: inherit; text-decoration: none; word-break: keep-all; }
${scope} .h-summary { margin-top: 14pt; }
${scope} h1 { font-size: ${SIZE.section}pt; color: ${c(COLORS.white)}; background: ${c(COLORS.blue)}; padding: 3pt 8pt; ${space(SPACE.section)}
  break-after: avoid; page-break-after: avoid; }
${scope} h1.h-section { break-before: page; page-break-before: always; }
${scope} .h-rubric { display: table; font-size: ${SIZE.rubric}pt; font-weight: bold; color: ${c(COLORS.blue)}; background: ${c(COLORS.paleBlue)};
  padding: 0 6pt; ${space(SPACE.rubric)} break-after: avoid; page-break-after: avoid; }
${scope} h2 { font-size: ${SIZE.title}pt; font-weight: bold; border-bottom: 1.5pt solid ${c(COLORS.blue)}; padding-bottom: 2pt; ${space(SPACE.title)}
  break-after: avoid; page-break-after: avoid; break-inside: avoid; }
${scope} h3 { font-size: ${SIZE.subheading}pt; font-weight: bold; color: ${c(COLORS.blue)}; ${space(SPACE.subheading)} break-after: avoid; page-break-after: avoid; }
${scope} .h-lead { font-size: ${SIZE.lead}pt; font-weight: bold; ${space(SPACE.lead)} break-after: avoid; page-break-after: avoid; }
${scope} .h-bullet, ${scope} .h-note, ${scope} .h-paragraph { ${space(SPACE.bullet)} }
${scope} .h-footnote { font-size: ${SIZE.small}pt; color: ${c(COLORS.grey)}; ${space(SPACE.bullet)} }
${depthRules}
${scope} .h-table-title { text-align: center; font-weight: bold; ${space(SPACE.tableTitle)} break-after: avoid; page-break-after: avoid; }
${scope} table.h-table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: ${SIZE.table}pt; line-height: 1.4; margin: 0 0 8pt; }
${scope} .h-table th, ${scope} .h-table td { border: 0.75pt solid ${c(COLORS.rule)}; padding: 1.5pt 3pt; vertical-align: top; text-align: left;
  word-break: keep-all; overflow-wrap: anywhere; }
${scope} .h-table th { background: ${c(COLORS.paleBlue)}; font-weight: bold; }
${scope} .h-table thead { display: table-header-group; }
${scope} .h-table tr { break-inside: avoid; page-break-inside: avoid; }
${scope} .h-image { border: 1pt dashed #999; text-align: center; padding: 12pt; color: #777; }
${scope} .h-source { font-size: ${SIZE.small}pt; color: ${c(COLORS.grey)}; ${space(SPACE.source)} }
${scope} .h-references { font-size: ${SIZE.small}pt; background: ${c(COLORS.refBackground)}; padding: 4pt 8pt; ${space(SPACE.references)} }
${scope} .h-references-title { font-weight: bold; margin-bottom: 2pt; break-after: avoid; }
${scope} .h-reference { padding-left: ${HANG_PT}pt; text-indent: -${HANG_PT}pt; }
${scope} .h-colophon { break-before: page; page-break-before: always; padding-top: 150mm; }
${scope} .h-colophon-org { font-size: ${SIZE.small}pt; color: ${c(COLORS.blue)}; }
${scope} .h-colophon-title { font-size: ${SIZE.colophonTitle}pt; font-weight: bold; color: ${c(COLORS.blue)}; border-bottom: 1.5pt solid ${c(COLORS.blue)}; margin-bottom: 6pt; }
${scope} .h-colophon-field b { display: inline-block; min-width: 5em; }
`;
}
