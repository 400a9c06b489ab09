/**
 * One round of views, timed alone (no network, no page), with 200 devices:
 * while they write (a note added before each round, up to 2,000 in all) and
 * while they vote on the 2,000 revealed notes (a dot before each round).
 * `npx tsx bench/room/views-round.ts` prints each round's p50/p95; the page
 * makes such a round after every burst the room applies.
 */
import { applyDiff } from '../../shared/model/diff';
import { castVote } from '../../shared/facilitation/votes';
import { recordsOfType } from '../../shared/model/queries';
import { changedViews, nothingSent, splitViews } from '../../shared/room/host';
import { makeRoom, nextId } from '../../test/room/fixture';
import { median, percentile, round } from '../stats';

const DEVICES = 200;
const NOTES_EACH = 10;
const ROUNDS = 60;
/** Rounds made before the timed ones, so the figure is not the compiler warming up. */
const WARM = 20;

const people = Array.from({ length: DEVICES }, (_, i) => ({ name: `Person ${i}`, department: i % 2 ? ('sales' as const) : ('marketing' as const) }));
const room = makeRoom(people);
const board = room.activities[1]!;
room.follow(board.id);
const columns = room.columns(board.id);
const sent = nothingSent();

/** Makes `change` before each round; answers the rounds' times after the warm-up. */
function rounds(count: number, change: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    change(i);
    const start = performance.now();
    const views = changedViews(room.records, room.ids, sent);
    if (views) splitViews(views);
    if (i >= WARM) times.push(performance.now() - start);
  }
  return times;
}

function report(what: string, times: number[]) {
  process.stdout.write(`a round of views ${what}: p50 ${round(median(times), 2)} ms, p95 ${round(percentile(times, 0.95), 2)} ms\n`);
}

changedViews(room.records, room.ids, sent);
const write = (i: number) => {
  const who = room.ids[i % DEVICES]!;
  room.send(who, { t: 'addNote', id: nextId(), columnId: columns[i % columns.length]!.id, text: `Note ${Math.floor(i / DEVICES) + 1} of ${who}: a line as people write it` });
};
report(`after a note, ${DEVICES} devices writing`, rounds(DEVICES * NOTES_EACH, write));

room.phase(board.id, 'reveal');
room.phase(board.id, 'vote');
const notes = recordsOfType(room.records, 'note');
const vote = (i: number) => {
  const target = notes[(i * 7) % notes.length]!.id;
  room.records = applyDiff(room.records, castVote(room.records, { activityId: board.id, targetId: target, department: 'sales', delta: 1 }, 1000, room.ctx));
};
report(`after a dot, ${DEVICES} devices, ${notes.length} notes revealed`, rounds(WARM + ROUNDS, vote));
