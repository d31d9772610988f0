// The text the CLI prints for an import preview: counts, how the columns were read, duplicates
// with their preselected choice, conflicts, warnings.
import path from 'node:path';
import type { GlossaryExportFormat } from '../api.ts';
import type { ImportPlan } from '../model.ts';

const LIST_LIMIT = 50;

function zhOf(plan: ImportPlan['adds'][number]): string {
  return plan.terms.filter((t) => t.lang.startsWith('zh')).map((t) => t.text).join('; ') || plan.terms[0]?.text || '';
}

export function describePlan(file: string, plan: ImportPlan): string {
  const lines: string[] = [];
  const duplicates = plan.duplicates ?? [];
  // A file's preview holds the first items of each list; the counts count all.
  const counts = plan.counts ?? { adds: plan.adds.length, updates: plan.updates.length, conflicts: plan.conflicts.length, duplicates: duplicates.length, warnings: plan.warnings.length };
  lines.push(`${file}: ${counts.adds} to add, ${counts.updates} to update, ${counts.conflicts} conflicts, ${counts.duplicates} duplicates`);
  if (plan.sheets && plan.sheets.length > 1) lines.push(`  sheets: ${plan.sheets.join(', ')} (reading "${plan.sheet}"; choose with --sheet)`);
  if (plan.table) {
    const where = plan.table.headerless ? 'no header row; languages detected from the scripts' : `header on line ${plan.table.headerLine}`;
    lines.push(`  columns (${where}): ${plan.table.columns.map((c) => `${c.index + 1}${c.header ? ` "${c.header}"` : ''} → ${c.choice}`).join(', ')}`);
  }
  if (plan.languages) lines.push(`  terms: ${Object.entries(plan.languages).map(([lang, n]) => `${lang} ${n}`).join(', ') || 'none'}`);
  if (plan.hasChineseOrKorean === false) {
    lines.push('  note: the file holds no Chinese (zh) and no Korean (ko) term; map its columns or languages with --columns or --lang-map');
  }
  for (const d of duplicates.slice(0, LIST_LIMIT)) {
    const where = d.line !== undefined ? `line ${d.line}` : `entry ${d.id + 1}`;
    const other = d.withLine !== undefined ? `line ${d.withLine}` : `glossary concept #${d.existingId}`;
    lines.push(`  duplicate: ${where} ${zhOf(d.incoming)} shares a Chinese term with ${other} (${d.otherKo.join('; ') || 'no Korean'})${d.identical ? ', identical' : ''}: ${d.choice}`);
  }
  const shown = Math.min(duplicates.length, LIST_LIMIT);
  if (counts.duplicates > shown) lines.push(`  … ${counts.duplicates - shown} more duplicates`);
  for (const warning of plan.warnings) lines.push(`  warning: ${warning}`);
  if (counts.warnings > plan.warnings.length) lines.push(`  … ${counts.warnings - plan.warnings.length} more warnings`);
  return `${lines.join('\n')}\n`;
}

export function formatFromFileName(file: string): GlossaryExportFormat {
  const name = path.basename(file).toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.mtf.xml') || name.endsWith('.mtf')) return 'multiterm';
  if (name.endsWith('.txt') || name.endsWith('.utf8') || name.endsWith('.tab')) return 'omegat';
  return 'tbx';
}
