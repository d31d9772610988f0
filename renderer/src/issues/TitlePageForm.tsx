// The issue's title page, colophon and layout style as the editor sets them: one form, saved as one
// patch (the store checks every field before it writes any).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue, IssueColophon, IssuePatch } from '../../../glossary/model.ts';
import type { IssueStyle } from '../../../glossary/bulletin/model.ts';
import { api } from '../api/client.ts';

const STYLE_LABELS: Record<IssueStyle, string> = {
  'house-2024': 'issueAdmin.styles.house-2024',
  'kostec-2025': 'issueAdmin.styles.kostec-2025',
};
const STYLES = Object.keys(STYLE_LABELS) as IssueStyle[];
/** The colophon an issue prints when none was imported or edited (from-store.ts). */
const DEFAULT_FIELDS = ['발행일', '발행기관'];

interface Draft {
  title: string;
  subtitle: string;
  publisher: string;
  style: IssueStyle;
  organization: string;
  url: string;
  fields: { label: string; value: string }[];
}

/** `printed`: the colophon the issue prints now (imported or default), the start when none was edited. */
function draftOf(issue: Issue, printed: IssueColophon | null): Draft {
  const colophon = issue.colophon ?? printed;
  return {
    title: issue.title,
    subtitle: issue.subtitle ?? '',
    publisher: issue.publisher,
    style: issue.style ?? 'house-2024',
    organization: colophon?.organization ?? '',
    url: colophon?.url ?? '',
    fields: colophon?.fields.map((f) => ({ ...f })) ?? DEFAULT_FIELDS.map((label) => ({ label, value: label === '발행기관' ? issue.publisher : '' })),
  };
}

/** The patch: only what differs from the issue; the colophon only when one of its parts changed. */
function patchOf(issue: Issue, printed: IssueColophon | null, draft: Draft): IssuePatch {
  const patch: IssuePatch = {};
  if (draft.title.trim() !== issue.title) patch.title = draft.title;
  if (draft.subtitle.trim() !== (issue.subtitle ?? '')) patch.subtitle = draft.subtitle;
  if (draft.publisher.trim() !== issue.publisher) patch.publisher = draft.publisher;
  if (draft.style !== (issue.style ?? 'house-2024')) patch.style = draft.style;
  const colophon = draftColophon(draft);
  if (JSON.stringify(colophon) !== JSON.stringify(draftColophon(draftOf(issue, printed)))) patch.colophon = colophon;
  return patch;
}

function draftColophon(draft: Draft): IssueColophon {
  return {
    organization: draft.organization.trim() || null,
    fields: draft.fields.filter((f) => f.label.trim() !== '').map((f) => ({ label: f.label.trim(), value: f.value.trim() })),
    url: draft.url.trim() || null,
  };
}

export function TitlePageForm({ issue, onSave }: { issue: Issue; onSave: (patch: IssuePatch) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [printed, setPrinted] = useState<IssueColophon | null>(null);
  const [draft, setDraft] = useState(() => draftOf(issue, null));
  // An issue whose colophon was never edited prints the imported one: the form starts from that.
  useEffect(() => {
    if (issue.colophon) return;
    let current = true;
    api.issueDocument({ issueId: issue.id }).then((doc) => current && setPrinted(doc.colophon), () => {});
    return () => {
      current = false;
    };
  }, [issue.id, issue.colophon]);
  useEffect(() => setDraft(draftOf(issue, printed)), [issue, printed]);
  const set = (part: Partial<Draft>) => setDraft((d) => ({ ...d, ...part }));
  const setField = (index: number, part: Partial<{ label: string; value: string }>) =>
    set({ fields: draft.fields.map((f, i) => (i === index ? { ...f, ...part } : f)) });
  const patch = patchOf(issue, printed, draft);
  const changed = Object.keys(patch).length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (changed) await onSave(patch);
  };

  return (
    <form className="title-page-form" onSubmit={submit} data-testid="title-page-form">
      <div className="title-page-grid">
        <label>
          {t('issueAdmin.coverTitle')}
          <input value={draft.title} onChange={(e) => set({ title: e.target.value })} data-testid="cover-title" />
        </label>
        <label>
          {t('issueAdmin.subtitle')}
          <input value={draft.subtitle} onChange={(e) => set({ subtitle: e.target.value })} data-testid="cover-subtitle" />
        </label>
        <label>
          {t('issueAdmin.publisher')}
          <input value={draft.publisher} onChange={(e) => set({ publisher: e.target.value })} data-testid="cover-publisher" />
        </label>
        <label>
          {t('issueAdmin.style')}
          <select value={draft.style} onChange={(e) => set({ style: e.target.value as IssueStyle })} data-testid="issue-style">
            {STYLES.map((style) => <option key={style} value={style}>{t(STYLE_LABELS[style])}</option>)}
          </select>
        </label>
      </div>
      <fieldset className="colophon-fields">
        <legend>{t('issueAdmin.colophon')}</legend>
        <label>
          {t('issueAdmin.organization')}
          <input value={draft.organization} onChange={(e) => set({ organization: e.target.value })} placeholder="KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER" data-testid="colophon-organization" />
        </label>
        {draft.fields.map((field, index) => (
          <div className="colophon-field" key={index} data-testid="colophon-field">
            <input aria-label={t('issueAdmin.fieldLabel')} value={field.label} onChange={(e) => setField(index, { label: e.target.value })} className="field-label" />
            <input aria-label={t('issueAdmin.fieldValue')} value={field.value} onChange={(e) => setField(index, { value: e.target.value })}
              placeholder={field.label.replace(/\s/g, '') === '발행일' ? t('issueAdmin.followsDate') : ''} />
            <button type="button" className="ghost" onClick={() => set({ fields: draft.fields.filter((_, i) => i !== index) })}>{t('common.delete')}</button>
          </div>
        ))}
        <button type="button" className="ghost" onClick={() => set({ fields: [...draft.fields, { label: '', value: '' }] })} data-testid="add-colophon-field">
          + {t('issueAdmin.addField')}
        </button>
        <label>
          URL
          <input value={draft.url} onChange={(e) => set({ url: e.target.value })} data-testid="colophon-url" />
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!changed} data-testid="save-title-page">{t('issueAdmin.save')}</button>
        <button type="button" className="ghost" disabled={!changed} onClick={() => setDraft(draftOf(issue, printed))}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
