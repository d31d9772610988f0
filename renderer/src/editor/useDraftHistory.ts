// Undo/redo over whole draft states. The browser's own textarea undo cannot be used: it breaks as
// soon as a value is set programmatically (quick fixes, inserted terms).
import { useCallback, useReducer } from 'react';
import type { ArticleDraft as Draft } from './draft.ts';

/** Typing in the same field within this time is one undo step. */
const COALESCE_MS = 800;
const MAX_STEPS = 500;

interface HistoryState {
  past: Draft[];
  present: Draft;
  future: Draft[];
  group: string | null;
  at: number;
}

type Action =
  | { type: 'set'; draft: Draft; group: string | null; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; draft: Draft };

function reduce(state: HistoryState, action: Action): HistoryState {
  switch (action.type) {
    case 'set': {
      const coalesce = action.group !== null && action.group === state.group && action.at - state.at < COALESCE_MS;
      const past = coalesce ? state.past : [...state.past, state.present].slice(-MAX_STEPS);
      return { past, present: action.draft, future: [], group: action.group, at: action.at };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], group: null, at: 0 };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest, group: null, at: 0 };
    }
    case 'reset':
      return { past: [], present: action.draft, future: [], group: null, at: 0 };
  }
}

export function useDraftHistory(initial: Draft) {
  const [state, dispatch] = useReducer(reduce, { past: [], present: initial, future: [], group: null, at: 0 });
  /** group: a field name for typing (coalesced), null for one discrete step (fix, insert). */
  const set = useCallback((draft: Draft, group: string | null) => dispatch({ type: 'set', draft, group, at: performance.now() }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const reset = useCallback((draft: Draft) => dispatch({ type: 'reset', draft }), []);
  return { draft: state.present, set, undo, redo, reset, canUndo: state.past.length > 0, canRedo: state.future.length > 0 };
}
