// One side of a changed line: deletions struck through in red (left), insertions underlined in
// green (right). Text is rendered as text, never as HTML.
import type { DiffPart } from '../../../glossary/bulletin/diff.ts';

export function DiffParts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'delete' ? (
          <del key={index} className="diff-delete" data-testid="diff-delete">{part.text}</del>
        ) : part.kind === 'insert' ? (
          <ins key={index} className="diff-insert" data-testid="diff-insert">{part.text}</ins>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
