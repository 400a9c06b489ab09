import { formatReportDay } from '../format';
import type { ReportContext, SectionBuilder } from '../types';
import { participantNames } from './facilitation';

function participants(ctx: ReportContext) {
  const names = participantNames(ctx);
  return names ? [{ label: ctx.t('transfer.report.participants'), value: names }] : [];
}

/** The first page: what the workshop was, where, when and who was in the room (unless anonymous). */
export const coverSection: SectionBuilder = {
  key: 'cover',
  order: 0,
  build: (ctx) => [
    {
      id: 'cover',
      title: ctx.workshop.title,
      newPage: false,
      blocks: [
        {
          kind: 'facts',
          items: [
            { label: ctx.t('transfer.report.organisation'), value: ctx.workshop.organisation || ctx.t('transfer.report.none') },
            { label: ctx.t('transfer.report.date'), value: formatReportDay(ctx.workshop.date, ctx.dateLocale) },
            ...(ctx.workshop.facilitator ? [{ label: ctx.t('transfer.report.facilitator'), value: ctx.workshop.facilitator }] : []),
            {
              label: ctx.t('transfer.report.departments'),
              value: `${ctx.departmentName('sales')} · ${ctx.departmentName('marketing')}`,
            },
            ...participants(ctx),
          ],
        },
      ],
    },
  ],
};
