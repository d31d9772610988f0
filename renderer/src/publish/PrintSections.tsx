// The sections of a printed issue: articles under their category headings, then 단신동향.
import { useTranslation } from 'react-i18next';
import type { BulletinArticle, BulletinSection, ShortItem } from '../../../glossary/bulletin/model.ts';
import { BlockView, Inline, LeadLine, MaybeLink, ReferenceList } from './PrintBlocks.tsx';
import { shortDate } from './printText.ts';

function PrintArticle({ article }: { article: BulletinArticle }) {
  return (
    <article className="p-article">
      <h3 className="p-article-title"><Inline text={article.title} /></h3>
      {article.lead && <LeadLine lead={article.lead} />}
      {article.blocks.map((block, index) => <BlockView key={index} block={block} />)}
      <ReferenceList references={article.references} />
    </article>
  );
}

export function PrintSection({ section, number }: { section: BulletinSection; number: number }) {
  let category = '';
  return (
    <section className="print-section" data-testid="print-section">
      <h2 className="p-section-title">{number}. {section.title}</h2>
      {section.articles.map((article, index) => {
        const heading = article.category && article.category !== category ? article.category : null;
        category = article.category;
        return (
          <div key={index}>
            {heading && <p className="p-category">{heading}</p>}
            <PrintArticle article={article} />
          </div>
        );
      })}
    </section>
  );
}

function PrintShortItem({ item }: { item: ShortItem }) {
  const { t } = useTranslation();
  return (
    <article className="p-article p-short">
      <h3 className="p-article-title">{item.number}. <Inline text={item.title} /></h3>
      {item.lead && <LeadLine lead={item.lead} />}
      {item.blocks.map((block, index) => <BlockView key={index} block={block} />)}
      {item.source && (
        <p className="p-source">
          * {t('print.source')}: <MaybeLink url={item.source.url}>{item.source.name}</MaybeLink>
          {item.source.date && ` (${shortDate(item.source.date)})`}
        </p>
      )}
    </article>
  );
}

export function PrintShortItems({ items, number }: { items: ShortItem[]; number: number }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className="print-section" data-testid="print-section">
      <h2 className="p-section-title">{number}. {t('section.brief')}</h2>
      {items.map((item) => <PrintShortItem key={item.number} item={item} />)}
    </section>
  );
}
