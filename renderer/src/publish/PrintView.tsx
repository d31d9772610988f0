// The issue in the house layout, for printing and PDF: the same layout and stylesheet as the HTML
// export and the PDF (HouseLayout.tsx). The print stylesheet (styles/print.css) hides the toolbar.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { houseLayout } from '../../../glossary/bulletin/layout/house-layout.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { hrefOf } from '../shell/route.ts';
import { useLoad } from '../shell/useLoad.ts';
import { HouseLayout } from './HouseLayout.tsx';
import { adoptHouseStyle } from './houseStyle.ts';
import { PrintButton } from './PrintButton.tsx';

export function PrintView({ issueId }: { issueId: number }) {
  const { t } = useTranslation();
  const doc = useLoad(() => api.issueDocument({ issueId }), [issueId]);
  const [error, setError] = useState<unknown>(null);
  const issue = doc.value;
  const nodes = useMemo(() => (issue ? houseLayout(issue) : null), [issue]);
  useEffect(adoptHouseStyle, []);

  // The document title names the saved PDF (browser print and the desktop save dialog use it).
  useEffect(() => {
    if (!issue) return;
    const before = document.title;
    document.title = `${issue.title} ${issue.date}`;
    return () => {
      document.title = before;
    };
  }, [issue]);

  return (
    <div className="print-screen" data-testid="print-view">
      <div className="print-toolbar">
        <a className="back" href={hrefOf({ screen: 'issue', id: issueId })} data-testid="back-to-issue">← {t('print.back')}</a>
        <span className="spacer" />
        <span className="muted small-text">{t('print.hint')}</span>
        <PrintButton onError={setError} />
      </div>
      <ErrorBanner error={error ?? doc.error} onDismiss={() => setError(null)} />
      {nodes && (
        <div className="print-page">
          <HouseLayout nodes={nodes} />
        </div>
      )}
    </div>
  );
}
