import { useTranslation } from 'react-i18next';
import { CATEGORY_LIST } from '../domain.ts';

export function CategoryLegend() {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('editor.legend')}>
      {CATEGORY_LIST.map((category) => (
        <li key={category}>
          <span className={`swatch cat-${category}`} />
          {t(`category.${category}`)}
        </li>
      ))}
    </ul>
  );
}
