import type { ActionRecord } from '../../model/exercise-types';
import { byOrder } from '../../model/order';
import { recordsOfType } from '../../model/queries';
import { REALIGNMENT_STEPS } from '../../templates/default-workshop';
import { formatShortDay } from '../format';
import type { ReportBlock, ReportContext, SectionBuilder } from '../types';

/** Actions in plan order: by step (unplaced last), then as arranged in the lane. */
export function actionsInOrder(ctx: ReportContext): ActionRecord[] {
  const rank = (action: ActionRecord) => (action.step ? REALIGNMENT_STEPS.indexOf(action.step) : REALIGNMENT_STEPS.length);
  return recordsOfType(ctx.records, 'action').sort((a, b) => rank(a) - rank(b) || byOrder(a, b));
}

export function stepTitle(ctx: ReportContext, step: ActionRecord['step']): string {
  return step ? ctx.t(`template.columns.${step}`) : ctx.t('exercises.plan.unplaced');
}

/** The 10-step plan as the table management reads: action, owners, due date, status, how we will know it worked. */
export const planSection: SectionBuilder = {
  key: 'plan',
  order: 70,
  build: (ctx) => {
    const actions = actionsInOrder(ctx);
    if (actions.length === 0) return [];
    const none = ctx.t('transfer.report.none');
    return [
      {
        id: 'plan',
        title: ctx.t('transfer.report.plan'),
        newPage: true,
        blocks: [
          {
            kind: 'table',
            caption: ctx.t('transfer.report.planCaption', { count: actions.length }),
            wide: [1, 6],
            noWrap: [4],
            headers: [
              ctx.t('transfer.report.step'),
              ctx.t('transfer.report.action'),
              ctx.t('transfer.report.owner', { department: ctx.departmentName('sales') }),
              ctx.t('transfer.report.owner', { department: ctx.departmentName('marketing') }),
              ctx.t('transfer.report.due'),
              ctx.t('transfer.report.status'),
              ctx.t('transfer.report.successMeasure'),
            ],
            rows: actions.map((action) => [
              stepTitle(ctx, action.step),
              action.text,
              action.salesOwner || none,
              action.marketingOwner || none,
              action.due ? formatShortDay(action.due, ctx.dateLocale) : none,
              ctx.t(`exercises.plan.statuses.${action.status}`),
              action.successMeasure.trim() || none,
            ]),
          },
        ],
      },
    ];
  },
};

/** For the summary: how many actions each step got, and how many are done. */
export function actionsByStep(ctx: ReportContext): ReportBlock[] {
  const actions = actionsInOrder(ctx);
  if (actions.length === 0) return [];
  const steps = [...REALIGNMENT_STEPS, null].filter((step) => actions.some((action) => action.step === step));
  return [
    {
      kind: 'table',
      caption: ctx.t('transfer.report.actionsByStepCaption', { count: actions.length }),
      headers: [ctx.t('transfer.report.step'), ctx.t('transfer.report.actions'), ctx.t('exercises.plan.statuses.done')],
      rows: steps.map((step) => {
        const inStep = actions.filter((action) => action.step === step);
        return [stepTitle(ctx, step), String(inStep.length), String(inStep.filter((action) => action.status === 'done').length)];
      }),
    },
  ];
}
