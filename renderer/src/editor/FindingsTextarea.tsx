// A textarea with findings underlined: a mirror div in normal flow draws the same text (transparent)
// with underlined ranges; the textarea lies on top of it with a transparent background. The mirror
// sets the height, so the textarea grows with its text and the two never scroll apart.
import { forwardRef, useMemo, type ChangeEvent, type SyntheticEvent } from 'react';
import type { Finding } from '../../../glossary/checks/types.ts';
import { findingId } from './findingId.ts';
import { segmentText } from './segments.ts';

interface Props {
  value: string;
  /** Findings whose offsets belong to `value` (stale ones are not passed). */
  findings: Finding[];
  activeId: string | null;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onCaret: (event: SyntheticEvent<HTMLTextAreaElement>) => void;
  placeholder: string;
  label: string;
  testId: string;
}

export const FindingsTextarea = forwardRef<HTMLTextAreaElement, Props>(function FindingsTextarea(
  { value, findings, activeId, onChange, onCaret, placeholder, label, testId },
  ref,
) {
  const segments = useMemo(
    () => segmentText(value, findings.map((f) => ({ start: f.start, end: f.end, data: f }))),
    [value, findings],
  );
  return (
    <div className="findings-textarea">
      <div className="mirror" aria-hidden="true" data-testid={`${testId}-mirror`}>
        {segments.map((segment) =>
          segment.data ? (
            <mark
              key={segment.start}
              className={`finding sev-${segment.data.severity}${findingId(segment.data) === activeId ? ' active' : ''}`}
              data-rule={segment.data.rule}
            >
              {segment.text}
            </mark>
          ) : (
            <span key={segment.start}>{segment.text}</span>
          ),
        )}
        {/* keeps the last line's height when the text ends with a newline */}
        {'\u200b'}
      </div>
      <textarea
        ref={ref}
        value={value}
        onChange={onChange}
        onSelect={onCaret}
        onFocus={onCaret}
        placeholder={placeholder}
        aria-label={label}
        spellCheck={false}
        data-testid={testId}
      />
    </div>
  );
});
