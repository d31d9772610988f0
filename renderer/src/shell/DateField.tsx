// A date field in the UI language: it shows 2024. 6. 21. in a Korean window (the browser's own
// <input type="date"> follows the browser's locale, not the window's), takes the date typed in any
// common form (dateText.ts), and has a calendar in the UI language beside it. A typed text that is
// no date is marked, explained, and never saved.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatePicker } from '../workbench/DatePicker.tsx';
import { formatDate } from '../workbench/dates.ts';
import { parseTypedDate } from './dateText.ts';

interface Props {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onChange: (iso: string) => void;
  label: string;
  testId: string;
  required?: boolean;
}

export function DateField({ value, onChange, label, testId, required = false }: Props) {
  const { t, i18n } = useTranslation();
  const shown = value === '' ? '' : formatDate(value, i18n.language);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const editing = useRef(false);

  // A new value from outside (the calendar, another editor, the language) replaces the text unless it is being typed.
  useEffect(() => {
    if (!editing.current) {
      setText(shown);
      setInvalid(false);
    }
  }, [shown]);
  useEffect(() => {
    input.current?.setCustomValidity(invalid ? t('dateField.invalid') : '');
  }, [invalid, t]);

  const type = (next: string) => {
    setText(next);
    const iso = parseTypedDate(next, i18n.language);
    const empty = next.trim() === '';
    setInvalid(!empty && iso === null);
    if (iso !== null && iso !== value) onChange(iso);
    else if (empty && !required && value !== '') onChange('');
  };

  return (
    <span className="date-field">
      <input
        ref={input}
        type="text"
        inputMode="numeric"
        value={text}
        required={required}
        aria-label={label}
        aria-invalid={invalid}
        title={invalid ? t('dateField.invalid') : undefined}
        placeholder={formatDate('2024-06-21', i18n.language)}
        onFocus={() => (editing.current = true)}
        onChange={(event) => type(event.target.value)}
        onBlur={() => {
          editing.current = false;
          if (!invalid) setText(shown);
        }}
        data-testid={testId}
        data-value={value}
      />
      <DatePicker
        value={value === '' ? undefined : value}
        onChange={(iso) => {
          editing.current = false;
          setInvalid(false);
          onChange(iso ?? '');
        }}
        label={t('dateField.calendar', { label })}
        testId={`${testId}-picker`}
        buttonText="▾"
        clearable={!required}
      />
    </span>
  );
}
