// The whole-issue versions in a dialog (the editor shows an article's versions in its side panel).
import { useTranslation } from 'react-i18next';
import { useEscape } from '../shell/useEscape.ts';
import { VersionsPanel } from './VersionsPanel.tsx';

interface Props {
  issueId: number;
  refreshKey: number;
  onSave: () => void;
  onClose: () => void;
}

export function IssueVersionsDialog({ issueId, refreshKey, onSave, onClose }: Props) {
  const { t } = useTranslation();
  useEscape(onClose);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="issue-versions-title" data-testid="issue-versions-dialog" onClick={onClose}>
      <div className="dialog" onClick={(event) => event.stopPropagation()}>
        <div className="panel-head">
          <h2 id="issue-versions-title">{t('versions.issueTitle')}</h2>
          <button type="button" className="ghost" onClick={onClose}>{t('common.close')}</button>
        </div>
        <VersionsPanel issueId={issueId} refreshKey={refreshKey} onSave={onSave} />
      </div>
    </div>
  );
}
