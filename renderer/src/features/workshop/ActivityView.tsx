import { Board } from '../board/Board';
import { EXERCISE_VIEWS } from '../exercises/registry';
import type { ActivityViewProps } from '../board/activity-view';
import { WorkshopBoardExtensions } from './WorkshopBoardExtensions';

/** The one place that picks an activity's view: a structured exercise, else the notes board. */
export function ActivityView(props: ActivityViewProps) {
  const Exercise = props.activity.templateKey ? EXERCISE_VIEWS[props.activity.templateKey] : undefined;
  return (
    <WorkshopBoardExtensions>
      {Exercise ? <Exercise {...props} /> : <Board records={props.records} workshop={props.workshop} activityId={props.activity.id} />}
    </WorkshopBoardExtensions>
  );
}
