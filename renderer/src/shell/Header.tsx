import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type UiLanguage } from '../i18n/index.ts';
import type { Route } from './route.ts';
import { TeamMenu } from '../team/TeamMenu.tsx';

export function Header({ route, onHelp }: { route: Route; onHelp: () => void }) {
  const { t, i18n } = useTranslation();
  const inGlossary = route.screen === 'glossary';
  return (
    <header className="app-header">
      <span className="app-name" data-testid="app-name">{t('app.name')}</span>
      <nav className="app-nav">
        <a href="#/" className={inGlossary ? '' : 'active'} data-testid="nav-issues">{t('nav.issues')}</a>
        <a href="#/glossary" className={inGlossary ? 'active' : ''} data-testid="nav-glossary">{t('nav.glossary')}</a>
      </nav>
      <span className="spacer" />
      <TeamMenu />
      <button type="button" className="ghost" onClick={onHelp} data-testid="help-button">{t('help.button')}</button>
      <label className="lang-select">
        <span className="visually-hidden">{t('language.label')}</span>
        <select
          data-testid="language-select"
          value={i18n.language}
          onChange={(event) => setLanguage(event.target.value as UiLanguage)}
          aria-label={t('language.label')}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>{t(`language.${lang}`)}</option>
          ))}
        </select>
      </label>
    </header>
  );
}
