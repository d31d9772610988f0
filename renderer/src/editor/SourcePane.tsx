// Left pane: the Chinese sources of the article (several, as tabs), each with title, URL, the pasted
// text and its highlighted view. Ctrl+Enter inserts the hit under the caret; a selection can be
// added to the glossary.
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import type { EditableSource } from './draft.ts';
import type { PairedParagraph } from '../workbench/useWorkbench.ts';
import { CategoryLegend } from './CategoryLegend.tsx';
import { SourceHighlights } from './SourceHighlights.tsx';
import { usePlaces } from './usePlaces.ts';

interface Props {
  sources: EditableSource[];
  hits: Map<string, RecognizedTerm[]>;
  onChange: (sources: EditableSource[]) => void;
  onPick: (hit: RecognizedTerm) => void;
  /** A click on a gazetteer place: insert its Korean form. */
  onPickPlace?: (korean: string, chinese: string) => void;
  /** Add the selected text to the glossary; `context` is the source text around it. */
  onAddTerm: (zh: string, context: SourceContext) => void;
  /** The paragraph paired with the caret's draft paragraph (workbench/align.ts). */
  paired?: PairedParagraph | null;
  /** A place to open (a concordance hit): its source becomes the active tab and the range is selected. */
  focus?: { source: number; start: number; end: number; seq: number } | null;
}

/** The source text right before and after a selection (a title there says the name is a person). */
export interface SourceContext {
  before: string;
  after: string;
}

const CONTEXT_CHARS = 12;

/** The selected text, trimmed, and the text around it. */
function selectionIn(text: string, start: number, end: number): { zh: string } & SourceContext {
  const raw = text.slice(start, end);
  const from = start + (raw.length - raw.trimStart().length);
  const to = end - (raw.length - raw.trimEnd().length);
  if (to <= from) return { zh: '', before: '', after: '' };
  return { zh: text.slice(from, to), before: text.slice(Math.max(0, from - CONTEXT_CHARS), from), after: text.slice(to, to + CONTEXT_CHARS) };
}

const NO_SELECTION = { zh: '', before: '', after: '' };

let nextKey = 0;
export function newSource(): EditableSource {
  nextKey += 1;
  return { key: `new-${Date.now()}-${nextKey}`, title: '', url: '', text: '' };
}

/** Memoized: typing in the draft does not render the sources (and their many highlights) again. */
export const SourcePane = memo(function SourcePane({ sources, hits, onChange, onPick, onPickPlace, onAddTerm, paired, focus }: Props) {
  const { t } = useTranslation();
  const [activeKey, setActiveKey] = useState(sources[0]?.key);
  const [selected, setSelected] = useState(NO_SELECTION);
  const selection = selected.zh;
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState<{ source: EditableSource; index: number } | null>(null);
  const active = sources.find((s) => s.key === activeKey) ?? sources[0];
  const activeIndex = active ? sources.indexOf(active) : -1;
  const textArea = useRef<HTMLTextAreaElement>(null);

  // The paired paragraph's source comes to the front as the caret moves.
  const pairedKey = paired ? sources[paired.source]?.key : undefined;
  useEffect(() => {
    if (pairedKey) setActiveKey(pairedKey);
  }, [pairedKey]);

  useEffect(() => {
    if (!focus) return;
    const key = sources[focus.source]?.key;
    if (key) setActiveKey(key);
    window.requestAnimationFrame(() => {
      const area = textArea.current;
      if (!area) return;
      area.focus();
      area.setSelectionRange(focus.start, focus.end);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus?.seq]);

  // React's onSelect misses some selection changes in text controls (programmatic ranges, the
  // element-level selectionchange); the native events see them all.
  useEffect(() => {
    const area = textArea.current;
    if (!area) return;
    const read = () => setSelected(selectionIn(area.value, area.selectionStart, area.selectionEnd));
    const events = ['select', 'selectionchange', 'keyup', 'mouseup'] as const;
    events.forEach((name) => area.addEventListener(name, read));
    return () => events.forEach((name) => area.removeEventListener(name, read));
  }, [active?.key]);
  const knownHits = active ? hits.get(active.text) : undefined;
  const activeHits = knownHits ?? [];
  const { places, error: placesError } = usePlaces(active?.text ?? '', knownHits);

  const update = (patch: Partial<EditableSource>) =>
    active && onChange(sources.map((s) => (s.key === active.key ? { ...s, ...patch } : s)));

  const add = () => {
    const source = newSource();
    onChange([...sources, source]);
    setActiveKey(source.key);
  };

  // Removing a source asks first, and can be undone until another source is removed.
  const remove = () => {
    if (!active) return;
    const rest = sources.filter((s) => s.key !== active.key);
    setRemoved({ source: active, index: activeIndex });
    setConfirming(false);
    onChange(rest);
    setActiveKey(rest[0]?.key);
  };

  const undoRemove = () => {
    if (!removed) return;
    const next = [...sources];
    next.splice(Math.min(removed.index, next.length), 0, removed.source);
    onChange(next);
    setActiveKey(removed.source.key);
    setRemoved(null);
  };

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.key !== 'Enter') return;
    event.preventDefault();
    const { selectionStart, selectionEnd } = event.currentTarget;
    const hit = activeHits.find((h) => h.start <= selectionStart && selectionStart < h.end) ??
      activeHits.find((h) => h.start < selectionEnd && selectionStart < h.end);
    if (hit) onPick(hit);
  };

  return (
    <section className="pane source-pane" aria-label={t('editor.sources')}>
      <div className="tabs" role="tablist">
        {sources.map((source, index) => (
          <button
            key={source.key}
            type="button"
            role="tab"
            aria-selected={source.key === active?.key}
            className={source.key === active?.key ? 'tab active' : 'tab'}
            onClick={() => setActiveKey(source.key)}
            data-testid="source-tab"
          >
            {source.title.trim() || t('editor.sourceN', { n: index + 1 })}
          </button>
        ))}
        <button type="button" className="tab add" onClick={add} data-testid="add-source">+ {t('editor.addSource')}</button>
      </div>
      {removed && (
        <div className="inline-confirm" data-testid="source-removed">
          <span>{t('workbench.sourceRemoved', { name: removed.source.title.trim() || t('editor.sourceN', { n: removed.index + 1 }) })}</span>
          <button type="button" className="small" onClick={undoRemove} data-testid="undo-remove-source">{t('editor.undo')}</button>
          <button type="button" className="ghost small" onClick={() => setRemoved(null)} aria-label={t('common.close')}>×</button>
        </div>
      )}
      {active ? (
        <div className="source-body">
          <div className="source-meta">
            <input value={active.title} onChange={(e) => update({ title: e.target.value })} placeholder={t('editor.sourceTitle')} aria-label={t('editor.sourceTitle')} data-testid="source-title" />
            <input value={active.url} onChange={(e) => update({ url: e.target.value })} placeholder="https://" aria-label={t('editor.sourceUrl')} data-testid="source-url" />
            <button type="button" className="ghost" onClick={() => setConfirming(true)} data-testid="remove-source">{t('editor.removeSource')}</button>
          </div>
          {confirming && (
            <div className="inline-confirm" role="alertdialog" data-testid="remove-source-confirm">
              <span>{t('workbench.removeSourceConfirm', { name: active.title.trim() || t('editor.sourceN', { n: activeIndex + 1 }) })}</span>
              <button type="button" className="danger small" onClick={remove} data-testid="remove-source-yes">{t('common.delete')}</button>
              <button type="button" className="ghost small" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
            </div>
          )}
          <textarea
            className="source-text"
            lang="zh"
            value={active.text}
            onChange={(e) => update({ text: e.target.value })}
            onKeyDown={onTextKeyDown}
            ref={textArea}
            placeholder={t('editor.pasteHint')}
            aria-label={t('editor.sourceText')}
            data-testid="source-text"
          />
          <div className="source-tools">
            <button type="button" disabled={selection === ''} onClick={() => onAddTerm(selection, { before: selected.before, after: selected.after })} data-testid="add-to-glossary">
              + {t('editor.addToGlossary')}{selection ? ` «${selection.slice(0, 20)}»` : ''}
            </button>
            <span className="muted" data-testid="hit-count">{t('editor.hitCount', { count: activeHits.length })}</span>
            <span className="muted" data-testid="place-count">{placesError ? t('places.unavailable') : t('places.count', { count: places.length })}</span>
          </div>
          <SourceHighlights
            text={active.text}
            hits={activeHits}
            places={places}
            onPick={onPick}
            onPickPlace={onPickPlace}
            onSelectText={(s, e) => setSelected(selectionIn(active.text, s, e))}
            paired={paired && paired.source === activeIndex ? paired : null}
          />
          <CategoryLegend places />
        </div>
      ) : (
        <p className="muted">{t('editor.noSources')}</p>
      )}
    </section>
  );
});
