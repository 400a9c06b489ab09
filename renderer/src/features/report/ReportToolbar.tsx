import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, type PaperSize } from '@shared/ipc/contract';

interface ReportToolbarProps {
  paper: PaperSize;
  onBack: () => void;
  onPaper: (paper: PaperSize) => void;
  /** Missing while the report is loading. */
  onPrint?: () => void;
}

/** Screen-only controls above the pages; the print stylesheet hides them. */
export function ReportToolbar({ paper, onBack, onPaper, onPrint }: ReportToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="report-toolbar" role="toolbar" aria-label={t('transfer.report.toolbar')}>
      <button type="button" className="button button--ghost" onClick={onBack}>
        ← {t('transfer.report.back')}
      </button>
      <label className="report-toolbar__paper">
        <span>{t('transfer.report.paper')}</span>
        <select value={paper} onChange={(event) => onPaper(event.target.value as PaperSize)}>
          {PAPER_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`transfer.report.${size}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--primary" disabled={!onPrint} onClick={onPrint}>
        {t('transfer.report.print')}
      </button>
    </div>
  );
}
