// Print / PDF: in the desktop app the main process renders the page to an A4 PDF and asks where to
// save it (window.donghyang.printToPdf); in the browser the browser's own print dialog does it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopBridge } from '../../../electron/bridge.ts';
import { showToast } from '../shell/toast.ts';

function desktopPrint(): DesktopBridge['printToPdf'] | null {
  const bridge = window.donghyang as Partial<DesktopBridge> | undefined;
  return typeof bridge?.printToPdf === 'function' ? bridge.printToPdf : null;
}

export function PrintButton({ onError }: { onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    const toPdf = desktopPrint();
    if (!toPdf) {
      window.print();
      return;
    }
    setBusy(true);
    try {
      const result = await toPdf();
      if (result.saved) showToast(t('print.saved', { path: result.path ?? '' }));
    } catch (failure) {
      onError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="primary" disabled={busy} onClick={() => void print()} data-testid="print-button">
      {desktopPrint() ? t('print.savePdf') : t('print.print')}
    </button>
  );
}
