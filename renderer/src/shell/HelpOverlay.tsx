import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  ['F1 / ?', 'help.keys.help'],
  ['Ctrl+Enter', 'help.keys.insertHit'],
  ['F8', 'help.keys.nextFinding'],
  ['Shift+F8', 'help.keys.previousFinding'],
  ['Ctrl+Z', 'help.keys.undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'help.keys.redo'],
  ['Ctrl+S', 'help.keys.saveVersion'],
  ['Ctrl+Alt+M', 'help.keys.comment'],
  ['Alt+↑ / Alt+↓', 'help.keys.moveArticle'],
  ['Esc', 'help.keys.close'],
] as const;

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help-overlay" onClick={onClose}>
      <div className="dialog" onClick={(event) => event.stopPropagation()}>
        <h2 id="help-title">{t('help.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([keys, label]) => (
              <tr key={keys}>
                <td><kbd>{keys}</kbd></td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('common.close')}</button>
        </div>
      </div>
    </div>
  );
}
