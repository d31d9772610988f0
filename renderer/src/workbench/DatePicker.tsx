// A date picker in the UI language: the chosen day shows as 2026. 12. 5. in a Korean UI (the
// browser's own <input type="date"> follows the browser's locale instead), and the calendar's month
// and weekdays are in the UI language too.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth, monthGrid, weekdayNames } from './dates.ts';
import { todayIso } from '../shell/dateText.ts';

interface Props {
  /** YYYY-MM-DD, or undefined for none. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  label: string;
  testId: string;
  /** The button's text instead of the chosen date (a calendar icon beside a date field). */
  buttonText?: string;
  /** Offer "clear" (no date); a required date has none. */
  clearable?: boolean;
}

export function DatePicker({ value, onChange, label, testId, buttonText, clearable = true }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(() => (value ?? todayIso()).slice(0, 7));
  const root = useRef<HTMLSpanElement>(null);
  const [year, month] = shown.split('-').map(Number) as [number, number];

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const move = (delta: number) => {
    const index = year * 12 + (month - 1) + delta;
    setShown(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  };
  const pick = (day: string | undefined) => {
    onChange(day);
    setOpen(false);
  };

  return (
    <span className="date-picker" ref={root} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="small"
        aria-label={label}
        aria-expanded={open}
        onClick={() => {
          setShown((value ?? todayIso()).slice(0, 7));
          setOpen(!open);
        }}
        data-testid={testId}
        data-value={value ?? ''}
      >
        {buttonText ?? `${value ? formatDate(value, i18n.language) : t('workbench.any')} ▾`}
      </button>
      {open && (
        <div className="date-popover" role="dialog" aria-label={t('workbench.pickDate')} data-testid={`${testId}-calendar`}>
          <div className="date-head">
            <button type="button" className="ghost small" onClick={() => move(-1)} aria-label={t('workbench.previousMonth')} data-testid="date-previous">‹</button>
            <strong data-testid="date-month">{formatMonth(year, month, i18n.language)}</strong>
            <button type="button" className="ghost small" onClick={() => move(1)} aria-label={t('workbench.nextMonth')} data-testid="date-next">›</button>
          </div>
          <div className="date-grid" role="grid">
            {weekdayNames(i18n.language).map((name) => (
              <span key={name} className="muted small-text" role="columnheader">{name}</span>
            ))}
            {monthGrid(year, month).map((day, i) =>
              day === null ? (
                <span key={`pad-${i}`} />
              ) : (
                <button
                  key={day}
                  type="button"
                  className={day === value ? 'ghost small selected' : 'ghost small'}
                  aria-label={formatDate(day, i18n.language)}
                  aria-pressed={day === value}
                  onClick={() => pick(day)}
                  data-testid="date-day"
                >
                  {Number(day.slice(8))}
                </button>
              ),
            )}
          </div>
          {clearable && <button type="button" className="ghost small" onClick={() => pick(undefined)} data-testid="date-clear">{t('workbench.clearDate')}</button>}
        </div>
      )}
    </span>
  );
}
