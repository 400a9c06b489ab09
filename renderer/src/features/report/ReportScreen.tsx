import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperSize } from '@shared/ipc/contract';
import type { RecordMap } from '@shared/model/types';
import type { ReportModel } from '@shared/report/types';
import { useServices } from '../../services-context';
import { pageStyle } from './page-style';
import { reportHash } from '../../store/routes';
import { ReportDocument } from './ReportDocument';
import { ReportToolbar } from './ReportToolbar';

/** What the report needs from the transfer feature (its model, the PDF export), passed in by the app. */
export interface ReportTransfer {
  report: (records: RecordMap) => ReportModel;
  exportPdf: (records: RecordMap, paper: PaperSize) => Promise<void>;
}

interface ReportScreenProps {
  workshopId: string;
  paper: PaperSize;
  /** Open the print dialog once rendered (the browser's way to a PDF). */
  print: boolean;
  transfer: ReportTransfer;
}

/**
 * The printable report at `#/report/<id>/<paper>`. Electron's hidden window
 * and the e2e test print this very view; `data-report-ready` on <html> tells
 * them the pages are complete, `data-report-missing` that there is no such
 * workshop (so the PDF export fails at once instead of waiting).
 */
export function ReportScreen({ workshopId, paper, print, transfer }: ReportScreenProps) {
  const { t, i18n } = useTranslation();
  const { workshops, platform } = useServices();
  const [records, setRecords] = useState<RecordMap | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    workshops.readWorkshop(workshopId).then(
      (loaded) => live && setRecords(loaded),
      () => live && setRecords(null),
    );
    return () => {
      live = false;
    };
  }, [workshops, workshopId]);

  useEffect(() => {
    if (records !== null) return;
    document.documentElement.dataset.reportMissing = 'true';
    return () => {
      delete document.documentElement.dataset.reportMissing;
    };
  }, [records]);

  // Rebuilt when the language changes, so the report follows the UI language.
  const model = useMemo(() => (records ? transfer.report(records) : null), [records, transfer, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!model) return;
    document.documentElement.dataset.reportReady = 'true';
    const previousTitle = document.title;
    document.title = `${model.title} – ${t('transfer.report.documentTitle')}`;
    if (print) {
      window.print();
      // Printed once: drop `/print` so a reload shows the report without the dialog.
      window.location.hash = reportHash(workshopId, paper);
    }
    return () => {
      delete document.documentElement.dataset.reportReady;
      document.title = previousTitle;
    };
  }, [model, print, t, workshopId, paper]);

  const css = model
    ? pageStyle({ paper, header: model.title, headerRight: model.date, pageOf: t('transfer.report.pageOf', { page: '{{page}}', pages: '{{pages}}' }) })
    : '';

  return (
    <div className={`report-screen report-screen--${paper}`}>
      <ReportToolbar
        paper={paper}
        onBack={() => void workshops.openWorkshop(workshopId)}
        onPaper={(next) => {
          window.location.hash = reportHash(workshopId, next);
        }}
        onPrint={records ? () => (platform.kind === 'electron' ? void transfer.exportPdf(records, paper) : window.print()) : undefined}
      />
      {css && <style>{css}</style>}
      {records === undefined && <p className="report-screen__message">{t('transfer.report.loading')}</p>}
      {records === null && <p className="report-screen__message">{t('transfer.report.notFound')}</p>}
      {model && <ReportDocument model={model} />}
    </div>
  );
}
