import { activitiesOf } from '../../model/queries';
import { formatOffset } from '../format';
import { runOf } from '../../facilitation/runs';
import type { SectionBuilder } from '../types';

/** The agenda with each activity's slot, counted from the start of the workshop. */
export const agendaSection: SectionBuilder = {
  key: 'agenda',
  order: 20,
  build: ({ records, t, activityTitle }) => {
    // Skipped activities stay listed (marked) but take no time.
    let start = 0;
    const rows = activitiesOf(records).map((activity, index) => {
      const skipped = runOf(records, activity.id)?.skipped ?? false;
      const end = start + (skipped ? 0 : activity.timeboxMinutes);
      const row = [
        String(index + 1),
        skipped ? t('transfer.report.skipped', { title: activityTitle(activity) }) : activityTitle(activity),
        `${formatOffset(start)}–${formatOffset(end)}`,
        t('transfer.report.minutes', { count: activity.timeboxMinutes }),
      ];
      start = end;
      return row;
    });
    return [
      {
        id: 'agenda',
        title: t('transfer.report.agenda'),
        newPage: false,
        blocks: [
          {
            kind: 'table',
            caption: t('transfer.report.agendaCaption', { total: formatOffset(start) }),
            headers: ['#', t('transfer.report.activity'), t('transfer.report.time'), t('transfer.report.duration')],
            rows,
          },
        ],
      },
    ];
  },
};
