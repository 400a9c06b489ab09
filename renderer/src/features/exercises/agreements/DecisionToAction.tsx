import { useTranslation } from 'react-i18next';
import { addAction } from '@shared/ops/actions';
import { useServices } from '../../../services-context';

/** Puts the recorded handoff decision into the plan as an action of step 3 (a joint process), keeping where it came from. */
export function DecisionToAction({ decision }: { decision: string }) {
  const { t } = useTranslation();
  const { app } = useServices();
  const make = async () => {
    const text = t('exercises.handoff.actionText', { decision });
    const source = t('exercises.handoff.actionSource', { decision });
    if (await app.run((current, ctx) => addAction(current, 'jointProcess', text, ctx, source))) {
      app.notify({ tone: 'info', key: 'exercises.plan.madeAction', params: { text } });
    }
  };
  return (
    <button type="button" className="button button--small" onClick={() => void make()}>
      {t('exercises.handoff.makeAction')}
    </button>
  );
}
