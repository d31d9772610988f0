import { useTranslation } from 'react-i18next';
import { CATEGORY_LIST } from '../domain.ts';

/** `places`: add the mark of a gazetteer place (the source pane shows them). */
export function CategoryLegend({ places = false }: { places?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('editor.legend')}>
      {CATEGORY_LIST.map((category) => (
        <li key={category}>
          <span className={`swatch cat-${category}`} />
          {t(`category.${category}`)}
        </li>
      ))}
      {places && (
        <li>
          <span className="swatch place-swatch cat-place" />
          {t('places.legend')}
        </li>
      )}
    </ul>
  );
}
