import type { SectionBuilder } from '../types';
import { formatReportDay } from '../format';

/** The first page: what the workshop was, where, when and who was in the room. */
export const coverSection: SectionBuilder = {
  key: 'cover',
  order: 0,
  build: ({ workshop, locale, t, departmentName }) => [
    {
      id: 'cover',
      title: workshop.title,
      newPage: false,
      blocks: [
        {
          kind: 'facts',
          items: [
            { label: t('transfer.report.organisation'), value: workshop.organisation || t('transfer.report.none') },
            { label: t('transfer.report.date'), value: formatReportDay(workshop.date, locale) },
            {
              label: t('transfer.report.departments'),
              value: `${departmentName('sales')} · ${departmentName('marketing')}`,
            },
          ],
        },
      ],
    },
  ],
};
