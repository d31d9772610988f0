// Where an article goes when moved one step up or down: within its section, or across the section
// boundary to the end of the previous / start of the next section.
import type { Article, SectionId } from '../../../glossary/model.ts';
import { SECTION_LIST } from '../domain.ts';

export interface MoveTarget {
  section: SectionId;
  position: number;
}

export function moveTarget(articles: readonly Article[], articleId: number, direction: -1 | 1): MoveTarget | null {
  const article = articles.find((a) => a.id === articleId);
  if (!article) return null;
  const inSection = articles.filter((a) => a.section === article.section);
  const index = inSection.findIndex((a) => a.id === articleId);
  const next = index + direction;
  if (next >= 0 && next < inSection.length) return { section: article.section, position: next };
  const sectionIndex = SECTION_LIST.indexOf(article.section) + direction;
  const section = SECTION_LIST[sectionIndex];
  if (!section) return null;
  const count = articles.filter((a) => a.section === section).length;
  return { section, position: direction < 0 ? count : 0 };
}
