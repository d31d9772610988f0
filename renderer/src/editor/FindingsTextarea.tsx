// A textarea with findings underlined and commented ranges tinted: mirror divs draw the same text
// (transparent) with marked ranges; the textarea lies on top of them with a transparent background.
// The findings mirror is in normal flow and sets the height, so the textarea grows with its text and
// the layers never scroll apart. Comments get a layer of their own because they may overlap findings.
import { forwardRef, memo, useMemo, type ChangeEvent, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Finding } from '../../../glossary/checks/types.ts';
import { findingId } from './findingId.ts';
import { segmentText } from './segments.ts';

/** A commented range of this field's current text. */
export interface CommentMark {
  id: number;
  start: number;
  end: number;
}

interface Props {
  value: string;
  /** Findings whose offsets belong to `value` (stale ones are not passed). */
  findings: Finding[];
  comments?: CommentMark[];
  activeId: string | null;
  activeCommentId?: number | null;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onCaret: (event: SyntheticEvent<HTMLTextAreaElement>) => void;
  placeholder?: string;
  label: string;
  testId: string;
  /** title: one line (Enter and pasted line breaks are refused); lead: short; body: tall. */
  variant?: 'title' | 'lead' | 'body';
}

function CommentLayer({ value, comments, activeCommentId }: { value: string; comments: CommentMark[]; activeCommentId: number | null }) {
  const segments = useMemo(() => segmentText(value, comments.map((c) => ({ start: c.start, end: c.end, data: c }))), [value, comments]);
  return (
    <div className="mirror comment-layer" aria-hidden="true">
      {segments.map((segment) =>
        segment.data ? (
          <mark key={segment.start} className={`comment-mark${segment.data.id === activeCommentId ? ' active' : ''}`} data-comment-id={segment.data.id}>
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </div>
  );
}

const Underline = memo(function Underline({ finding, text, active }: { finding: Finding; text: string; active: boolean }) {
  return (
    <mark className={`finding sev-${finding.severity}${active ? ' active' : ''}`} data-rule={finding.rule}>
      {text}
    </mark>
  );
});

/** The findings layer: re-rendered only when the text, its findings or the active finding change. */
const FindingsMirror = memo(function FindingsMirror({ value, findings, activeId, testId }: { value: string; findings: Finding[]; activeId: string | null; testId: string }) {
  const segments = useMemo(
    () => segmentText(value, findings.map((f) => ({ start: f.start, end: f.end, data: f }))),
    [value, findings],
  );
  return (
    <div className="mirror" aria-hidden="true" data-testid={`${testId}-mirror`}>
      {segments.map((segment) =>
        segment.data ? (
          <Underline key={segment.start} finding={segment.data} text={segment.text} active={findingId(segment.data) === activeId} />
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
      {/* keeps the last line's height when the text ends with a newline */}
      {'\u200b'}
    </div>
  );
});

function sameMarks(a: readonly CommentMark[] | undefined, b: readonly CommentMark[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((mark, i) => mark.id === b[i]!.id && mark.start === b[i]!.start && mark.end === b[i]!.end);
}

/** Props are equal when all are identical, except comment marks, which arrive as fresh arrays and compare by value. */
function sameProps(a: Props & { ref?: unknown }, b: Props & { ref?: unknown }): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Props)[]);
  for (const key of keys) {
    if (key === 'comments' ? !sameMarks(a.comments, b.comments) : a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * Memoized with sameProps: while the body is typed in, the title and lead fields (and their
 * findings, comment and underline layers) are not rendered again.
 */
export const FindingsTextarea = memo(forwardRef<HTMLTextAreaElement, Props>(function FindingsTextarea(
  { value, findings, comments = [], activeId, activeCommentId = null, onChange, onCaret, placeholder, label, testId, variant = 'body' },
  ref,
) {
  const singleLine = variant === 'title';
  const change = (event: ChangeEvent<HTMLTextAreaElement>) => {
    if (singleLine && /[\r\n]/.test(event.target.value)) event.target.value = event.target.value.replace(/[\r\n]+/g, ' ');
    onChange(event);
  };
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (singleLine && event.key === 'Enter') event.preventDefault();
  };
  return (
    <div className={`findings-textarea variant-${variant}`}>
      <FindingsMirror value={value} findings={findings} activeId={activeId} testId={testId} />
      {comments.length > 0 && <CommentLayer value={value} comments={comments} activeCommentId={activeCommentId} />}
      <textarea
        ref={ref}
        value={value}
        rows={singleLine ? 1 : undefined}
        onChange={change}
        onKeyDown={keyDown}
        onSelect={onCaret}
        onFocus={onCaret}
        placeholder={placeholder}
        aria-label={label}
        spellCheck={false}
        data-testid={testId}
      />
    </div>
  );
}), sameProps);
