import { useTranslation } from 'react-i18next';
import type { ReportModel } from '@shared/report/types';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { ReportBlockView } from './ReportBlockView';

/** The printable pages: a cover, then every section of the model. */
export function ReportDocument({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  const [cover, ...sections] = model.sections;
  return (
    <article className="report" lang={model.locale} aria-label={t('transfer.report.documentTitle')}>
      <header className="report-cover">
        <p className="report-cover__kicker">{t('transfer.report.documentTitle')}</p>
        <h1>{model.title}</h1>
        <p className="report-cover__departments">
          {model.departments.map((department) => (
            <DepartmentMarker key={department.id} department={department} />
          ))}
        </p>
        {cover?.blocks.map((block, index) => <ReportBlockView key={index} block={block} departments={model.departments} />)}
        <p className="report-cover__generated">{t('transfer.report.generatedAt', { date: model.generatedAt })}</p>
      </header>
      {sections.map((section) => (
        <section
          key={section.id}
          id={section.id}
          className={`report-section${section.newPage ? ' report-section--new-page' : ''}`}
          aria-labelledby={`${section.id}-title`}
        >
          <h2 id={`${section.id}-title`}>{section.title}</h2>
          {section.blocks.map((block, index) => (
            <ReportBlockView key={index} block={block} departments={model.departments} />
          ))}
        </section>
      ))}
    </article>
  );
}
