// The editor's dialogs: a new comment on the selection, the concordance, and adding a term.
import { AddTermDialog } from './AddTermDialog.tsx';
import type { SourceContext } from './SourcePane.tsx';
import { CommentDialog } from '../review/CommentDialog.tsx';
import type { useArticleComments } from '../review/useArticleComments.ts';
import { ConcordanceDialog } from '../workbench/ConcordanceDialog.tsx';
import type { Place } from '../workbench/pendingPlace.ts';

interface Props {
  comments: ReturnType<typeof useArticleComments>;
  onCommentSaved: () => void;
  concordance: string | null;
  onCloseConcordance: () => void;
  onOpenPlace: (place: Place) => void;
  addTerm: string | null;
  /** The source text around a selection added to the glossary: it may say the name is a person. */
  addTermContext: SourceContext | null;
  onCloseAddTerm: () => void;
  onTermSaved: () => void;
}

export function EditorDialogs({ comments, onCommentSaved, concordance, onCloseConcordance, onOpenPlace, addTerm, addTermContext, onCloseAddTerm, onTermSaved }: Props) {
  return (
    <>
      {comments.composing && (
        <CommentDialog
          quoted={comments.composing.quoted}
          onClose={comments.cancel}
          onSave={async (body) => {
            await comments.add(body);
            onCommentSaved();
          }}
        />
      )}
      {concordance !== null && <ConcordanceDialog initial={concordance} onClose={onCloseConcordance} onOpen={onOpenPlace} />}
      {addTerm !== null && <AddTermDialog zh={addTerm} context={addTermContext} onClose={onCloseAddTerm} onSaved={onTermSaved} />}
    </>
  );
}
