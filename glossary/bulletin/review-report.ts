// The reviewer report of an issue: every finding of the checks grouped by rule (most severe rules
// first), findings a reviewer accepted shown apart, exportable as one self-contained HTML file
// and as CSV. Pure: the caller runs the checks (service checkIssue) and passes the results.
import { stringify } from 'csv-stringify/sync';
import type { CheckResult } from '../api.ts';
import { RULE_IDS, type Finding, type RuleId, type Severity } from '../checks/types.ts';
import type { Issue, SectionId } from '../model.ts';
import { escapeHtml, htmlDocument } from './export-html.ts';
import { REPORT_WORDS, RULE_NAMES, SEVERITY_NAMES, type ReportLanguage } from './review-report-labels.ts';

export interface ReportFinding {
  articleId: number;
  articleTitle: string;
  section: SectionId;
  rule: RuleId;
  severity: Severity;
  /** 1-based, in the article body. */
  line: number;
  column: number;
  text: string;
  message: { ko: string; en: string };
  suggestion: string | null;
  accepted: boolean;
  /** The suppression key (to accept or restore from the report). */
  key: string;
}

export interface RuleGroup {
  rule: RuleId;
  /** The most severe severity among the group's findings. */
  severity: Severity;
  count: number;
  /** In bulletin order: article, then line and column. */
  findings: ReportFinding[];
}

export interface ReviewReport {
  issue: { id: number; number: string; date: string; title: string; publisher: string };
  /** The exchange rate the currency checks used and where it came from. */
  rate: { value: number | null; source: CheckResult['rateSource'] };
  /** Findings not accepted, by rule: errors first, then in the rules' own order. */
  groups: RuleGroup[];
  /** Findings a reviewer accepted, apart, by rule. */
  accepted: { count: number; groups: RuleGroup[] };
  /** Open findings per severity. */
  severities: Record<Severity, number>;
  /** Every article of the issue with its open and accepted counts, in bulletin order. */
  articles: { articleId: number; title: string; open: number; accepted: number }[];
}

export interface ArticleCheck {
  articleId: number;
  result: CheckResult;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'style', 'info'];

function groupByRule(findings: readonly ReportFinding[]): RuleGroup[] {
  const byRule = new Map<RuleId, ReportFinding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.rule) ?? [];
    list.push(finding);
    byRule.set(finding.rule, list);
  }
  const groups = [...byRule].map(([rule, list]): RuleGroup => ({
    rule,
    severity: SEVERITY_ORDER.find((s) => list.some((f) => f.severity === s))!,
    count: list.length,
    findings: list,
  }));
  return groups.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule),
  );
}

function reportRate(issue: Issue, results: readonly ArticleCheck[]): ReviewReport['rate'] {
  if (issue.rate !== null) return { value: issue.rate, source: 'issue' };
  const used = results.find((r) => r.result.rate !== null);
  return used ? { value: used.result.rate, source: used.result.rateSource } : { value: null, source: 'none' };
}

export function buildReviewReport(issue: Issue, results: readonly ArticleCheck[]): ReviewReport {
  const position = new Map(issue.articles.map((a, i) => [a.id, i]));
  const all: ReportFinding[] = [];
  for (const { articleId, result } of results) {
    const index = position.get(articleId);
    if (index === undefined) throw new Error(`checks were given for article ${articleId}, which is not in issue ${issue.number}`);
    const article = issue.articles[index]!;
    all.push(
      ...result.findings.map((f: Finding): ReportFinding => ({
        articleId,
        articleTitle: article.title,
        section: article.section,
        rule: f.rule,
        severity: f.severity,
        line: f.line,
        column: f.column,
        text: f.text,
        message: f.message,
        suggestion: f.suggestion ?? null,
        accepted: f.accepted,
        key: f.key,
      })),
    );
  }
  all.sort((a, b) => position.get(a.articleId)! - position.get(b.articleId)! || a.line - b.line || a.column - b.column);
  const open = all.filter((f) => !f.accepted);
  const accepted = all.filter((f) => f.accepted);
  const severities: Record<Severity, number> = { error: 0, warning: 0, style: 0, info: 0 };
  for (const f of open) severities[f.severity]++;
  return {
    issue: { id: issue.id, number: issue.number, date: issue.date, title: issue.title, publisher: issue.publisher },
    rate: reportRate(issue, results),
    groups: groupByRule(open),
    accepted: { count: accepted.length, groups: groupByRule(accepted) },
    severities,
    articles: issue.articles.map((a) => ({
      articleId: a.id,
      title: a.title,
      open: open.filter((f) => f.articleId === a.id).length,
      accepted: accepted.filter((f) => f.articleId === a.id).length,
    })),
  };
}

// ---- HTML ----

const STYLE = `
body { font-family: 'Noto Sans CJK KR', 'Noto Sans KR', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif;
  max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem; color: #222; line-height: 1.5; font-size: 14px; }
h1 { color: #1f4e79; border-bottom: 3px solid #1f4e79; padding-bottom: .4rem; }
h2 { color: #fff; background: #1f4e79; padding: .3rem .8rem; font-size: 1.15rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1.4rem 0 .3rem; }
.meta dt { float: left; clear: left; width: 12rem; font-weight: bold; }
.meta dd { margin-left: 12.5rem; }
.sev { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .2rem; color: #fff; }
.sev-error { background: #b3261e; } .sev-warning { background: #b26a00; } .sev-style { background: #5a5a8a; } .sev-info { background: #607080; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .3rem 0 1rem; }
th, td { border: 1px solid #aaa; padding: .2rem .4rem; vertical-align: top; text-align: left; }
th { background: #dce6f2; }
td.num { text-align: right; white-space: nowrap; }
.text { font-weight: bold; white-space: pre-wrap; }
.accepted { opacity: .75; }
.accepted h2 { background: #607080; }
`;

function severityBadge(severity: Severity, lang: ReportLanguage): string {
  return `<span class="sev sev-${severity}">${escapeHtml(SEVERITY_NAMES[severity][lang])}</span>`;
}

function groupHtml(group: RuleGroup, lang: ReportLanguage): string {
  const w = REPORT_WORDS;
  const head = [w.article, w.line, w.column, w.text, w.message, w.suggestion]
    .map((word) => `<th>${escapeHtml(word[lang])}</th>`)
    .join('');
  const rows = group.findings
    .map((f) =>
      `<tr><td>${escapeHtml(f.articleTitle || w.untitled[lang])}</td><td class="num">${f.line}</td><td class="num">${f.column}</td>` +
      `<td class="text">${escapeHtml(f.text)}</td><td>${f.severity === group.severity ? '' : `${severityBadge(f.severity, lang)} `}${escapeHtml(f.message[lang])}</td>` +
      `<td>${escapeHtml(f.suggestion ?? '')}</td></tr>`)
    .join('');
  return `<section><h3>${severityBadge(group.severity, lang)} ${escapeHtml(RULE_NAMES[group.rule][lang])} <small>(${escapeHtml(group.rule)}) · ${group.count}${lang === 'ko' ? w.count.ko : ` ${w.count.en}`}</small></h3>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** One self-contained HTML file: inline CSS, no scripts, every user text escaped. */
export function reviewReportHtml(report: ReviewReport, lang: ReportLanguage): string {
  const w = REPORT_WORDS;
  const { issue, rate } = report;
  const rateText = rate.value === null ? w.rateSource.none[lang] : `${rate.value} (${w.rateSource[rate.source][lang]})`;
  const severities = SEVERITY_ORDER.map((s) => `${severityBadge(s, lang)} ${report.severities[s]}`).join(' ');
  const articles = report.articles
    .map((a) => `<tr><td>${escapeHtml(a.title || w.untitled[lang])}</td><td class="num">${a.open}</td><td class="num">${a.accepted}</td></tr>`)
    .join('');
  const open = report.groups.length === 0 ? `<p>${escapeHtml(w.none[lang])}</p>` : report.groups.map((g) => groupHtml(g, lang)).join('');
  const accepted = report.accepted.count === 0
    ? `<p>${escapeHtml(w.noneAccepted[lang])}</p>`
    : report.accepted.groups.map((g) => groupHtml(g, lang)).join('');
  return htmlDocument(lang, `${w.title[lang]} — ${issue.title} ${issue.number}`, STYLE, `<h1>${escapeHtml(w.title[lang])}: ${escapeHtml(issue.title)}</h1>
<dl class="meta"><dt>${escapeHtml(w.issue[lang])}</dt><dd>${escapeHtml(issue.number)}</dd><dt>${escapeHtml(w.date[lang])}</dt><dd>${escapeHtml(issue.date)}</dd><dt>${escapeHtml(w.rate[lang])}</dt><dd>${escapeHtml(rateText)}</dd></dl>
<section class="summary"><h2>${escapeHtml(w.summary[lang])}</h2><p>${severities}</p>
<table><thead><tr><th>${escapeHtml(w.article[lang])}</th><th>${escapeHtml(w.open[lang])}</th><th>${escapeHtml(w.accepted[lang])}</th></tr></thead><tbody>${articles}</tbody></table></section>
<section class="open"><h2>${escapeHtml(w.open[lang])}</h2>${open}</section>
<section class="accepted"><h2>${escapeHtml(w.accepted[lang])} (${report.accepted.count})</h2>${accepted}</section>`);
}

// ---- CSV ----

export const REVIEW_CSV_HEADER = ['article', 'rule', 'severity', 'line', 'column', 'text', 'message', 'suggestion', 'accepted'] as const;

/**
 * One row per finding (open ones first, as grouped), UTF-8 with a BOM and CRLF line ends so
 * Excel opens the Korean text correctly. `message` is in `lang` (Korean by default).
 */
export function reviewReportCsv(report: ReviewReport, lang: ReportLanguage = 'ko'): string {
  const findings = [...report.groups, ...report.accepted.groups].flatMap((g) => g.findings);
  const rows = findings.map((f) => [
    f.articleTitle,
    f.rule,
    f.severity,
    String(f.line),
    String(f.column),
    f.text,
    f.message[lang],
    f.suggestion ?? '',
    f.accepted ? 'yes' : 'no',
  ]);
  // csv-stringify quotes a cell holding CRLF but not a bare LF; quote on any line break. Draft text
  // starting with =, +, - or @ must not run as a formula in the reviewer's spreadsheet.
  return `\uFEFF${stringify([[...REVIEW_CSV_HEADER], ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true })}`;
}
