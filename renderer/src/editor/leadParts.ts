// The ■ lead as the editor shows it: its text, and its date apart in a date input. The stored lead
// keeps the house form `text (6.4)`; the separator before the date is kept as typed, so editing the
// text never moves the date or swallows a space the editor is typing.
import { leadDateLabel, monthDayToIso } from '../../../glossary/bulletin/inline.ts';

export interface LeadParts {
  text: string;
  /** `6.4` as printed; '' when the lead has no date. */
  date: string;
  /** What stood between the text and `(`: '' or one space. */
  gap: string;
}

const TRAILING_DATE = /( ?)\((\d{1,2})\.(\d{1,2})\)\s*$/;

export function splitLead(lead: string): LeadParts {
  const match = TRAILING_DATE.exec(lead);
  if (!match) return { text: lead, date: '', gap: ' ' };
  return { text: lead.slice(0, match.index), date: `${Number(match[2])}.${Number(match[3])}`, gap: match[1]! };
}

export function joinLead(parts: LeadParts): string {
  return parts.date === '' ? parts.text : `${parts.text}${parts.gap}(${parts.date})`;
}

/** The lead's date as an ISO date in the issue's year (the year before for a later month). */
export function leadIsoDate(date: string, issueDate: string | undefined): string {
  if (date === '' || !issueDate) return '';
  return monthDayToIso(date, issueDate) ?? '';
}

/** An ISO date from the date input → the printed `6.4` ('' clears the date). */
export function leadDateFromIso(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? leadDateLabel(iso) : '';
}
