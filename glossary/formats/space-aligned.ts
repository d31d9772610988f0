// OmegaT-like glossaries whose columns are separated by spaces instead of tabs (hand-edited
// files: "Requirement 요구사항", "人类      人間"). A line is split where that is unambiguous:
// at runs of two or more spaces (aligned columns), or else at the one space where the script
// changes (Latin → Hangul). Any other line is skipped with a warning naming it.

import { cellScript } from './script-language.ts';
import type { TableRow } from './table.ts';

/** True when a text file has no tab at all and its first data line no comma or semicolon. */
export function looksSpaceAligned(text: string): boolean {
  if (text.includes('\t')) return false;
  const first = text.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'));
  return first !== undefined && !/[,;]/.test(first) && /\S\s+\S/.test(first);
}

function scriptAt(text: string): string | undefined {
  return text === '' ? undefined : cellScript(text);
}

function splitLine(line: string): string[] | undefined {
  const trimmed = line.trim();
  const aligned = trimmed.split(/(?: {2,}|\u3000+)/);
  if (aligned.length >= 2) return aligned;
  const boundaries: number[] = [];
  for (let i = trimmed.indexOf(' '); i !== -1; i = trimmed.indexOf(' ', i + 1)) {
    const before = scriptAt(trimmed.slice(0, i).split(' ').pop()!);
    const after = scriptAt(trimmed.slice(i + 1).split(' ')[0]!);
    if (before !== undefined && after !== undefined && before !== after) boundaries.push(i);
  }
  if (boundaries.length !== 1) return undefined;
  return [trimmed.slice(0, boundaries[0]), trimmed.slice(boundaries[0]! + 1)];
}

/** Rows of a space-aligned glossary; `#` lines are comments, ambiguous lines become warnings. */
export function spaceAlignedRows(text: string, warnings: string[]): TableRow[] {
  const rows: TableRow[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = splitLine(line);
    if (cells === undefined) warnings.push(`line ${index + 1}: cannot tell where the term ends and its translation begins ("${line.trim().slice(0, 60)}"); skipped`);
    else rows.push({ cells, line: index + 1 });
  });
  return rows;
}
