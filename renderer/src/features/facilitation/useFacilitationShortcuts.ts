import { useEffect, useRef } from 'react';
import type { ActivityRecord, RecordMap } from '@shared/model/types';
import { nextPhase, previousPhase } from '@shared/facilitation/phases';
import { runOrDefault } from '@shared/facilitation/runs';
import { isRunning } from '@shared/facilitation/timer';
import { rankedItems } from '@shared/facilitation/votes';
import { changeTimer, setPhase, setSpotlight } from '@shared/ops/facilitation';
import { useServices } from '../../services-context';
import { commandForKey, type ShortcutCommand } from './shortcuts';

interface ShortcutContext {
  records: RecordMap;
  activities: ActivityRecord[];
  activity: ActivityRecord;
  onSelect: (activityId: string) => void;
  onProjector: () => void;
  onHelp: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Single-key commands for running the room (see ./shortcuts.ts and the "?" cheat sheet). */
export function useFacilitationShortcuts(context: ShortcutContext) {
  const { app } = useServices();
  const live = useRef(context);
  useEffect(() => {
    live.current = context;
  });

  useEffect(() => {
    const execute = (command: ShortcutCommand) => {
      const { records, activities, activity, onSelect, onProjector, onHelp } = live.current;
      const run = runOrDefault(records, activity.id);
      const index = activities.findIndex((item) => item.id === activity.id);
      if (command === 'nextActivity' && activities[index + 1]) onSelect(activities[index + 1]!.id);
      if (command === 'previousActivity' && index > 0) onSelect(activities[index - 1]!.id);
      if (command === 'timer') void app.run((current, ctx) => changeTimer(current, activity.id, isRunning(run.timer) ? 'pause' : 'start', ctx));
      if (command === 'nextPhase') void app.run((current, ctx) => setPhase(current, activity.id, nextPhase(run.phase), ctx));
      if (command === 'previousPhase') void app.run((current, ctx) => setPhase(current, activity.id, previousPhase(run.phase), ctx));
      if (command === 'spotlight' && run.phase === 'discuss') {
        const items = rankedItems(records, activity.id);
        const next = items[(items.findIndex((item) => item.id === run.spotlightId) + 1) % Math.max(items.length, 1)];
        if (next) void app.run((current, ctx) => setSpotlight(current, activity.id, next.id, ctx));
      }
      if (command === 'projector') onProjector();
      if (command === 'help') onHelp();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('[aria-modal="true"]')) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      execute(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [app]);
}
