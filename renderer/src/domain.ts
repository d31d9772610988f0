// The enumerations of the domain model the UI offers in selects. The renderer may import only
// types from glossary/; renderer/src/i18n/locales.test.ts proves these lists equal the model's.
import type { ArticleState, Category, SectionId, TermStatus } from '../../glossary/model.ts';
import type { Severity } from '../../glossary/checks/types.ts';

export const CATEGORY_LIST = ['person', 'organization', 'company', 'place', 'policy', 'program', 'technology', 'other'] as const satisfies readonly Category[];
export const SECTION_LIST = ['policy', 'technology', 'brief'] as const satisfies readonly SectionId[];
export const TERM_STATUS_LIST = ['preferred', 'admitted', 'deprecated', 'forbidden'] as const satisfies readonly TermStatus[];
export const ARTICLE_STATE_LIST = ['draft', 'review', 'approved'] as const satisfies readonly ArticleState[];
export const SEVERITY_LIST = ['error', 'warning', 'style', 'info'] as const satisfies readonly Severity[];
