import { Board } from '../board/Board';
import { EXERCISE_VIEWS } from '../exercises/registry';
import type { ActivityViewProps } from '../board/activity-view';
import { WorkshopBoardExtensions } from './WorkshopBoardExtensions';

/**
 * The one place that picks an activity's view: a structured exercise, else the notes
 * board. `onDragging` hears when a note on a board is picked up and put down.
 */
export function ActivityView({ onDragging, ...props }: ActivityViewProps & { onDragging: (dragging: boolean) => void }) {
  const Exercise = props.activity.templateKey ? EXERCISE_VIEWS[props.activity.templateKey] : undefined;
  return (
    <WorkshopBoardExtensions onDragging={onDragging}>
      {Exercise ? <Exercise {...props} /> : <Board records={props.records} workshop={props.workshop} activityId={props.activity.id} />}
    </WorkshopBoardExtensions>
  );
}
