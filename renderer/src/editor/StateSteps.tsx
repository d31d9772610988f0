// The review state of an article as steps: 초안 → 검토 중 → 승인됨. Any step can be clicked; going
// back is allowed, and the service refuses to skip review (its message is shown by the editor).
import { useTranslation } from 'react-i18next';
import type { ArticleState } from '../../../glossary/model.ts';
import { ARTICLE_STATE_LIST } from '../domain.ts';

export function StateSteps({ state, onState }: { state: ArticleState; onState: (state: ArticleState) => void }) {
  const { t } = useTranslation();
  const current = ARTICLE_STATE_LIST.indexOf(state);
  return (
    <div className="state-steps" role="group" aria-label={t('editor.state')} data-testid="article-state" data-state={state}>
      {ARTICLE_STATE_LIST.map((step, index) => (
        <span key={step} className="state-step-wrap">
          {index > 0 && <span className="step-arrow" aria-hidden="true">→</span>}
          <button
            type="button"
            className={`state-step state-${step}${index === current ? ' current' : index < current ? ' done' : ''}`}
            aria-pressed={index === current}
            disabled={index === current}
            onClick={() => onState(step)}
            data-testid={`state-${step}`}
          >
            {t(`articleState.${step}`)}
          </button>
        </span>
      ))}
    </div>
  );
}
