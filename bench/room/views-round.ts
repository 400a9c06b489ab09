/**
 * One round of views while people vote, timed alone (no network, no page):
 * 200 devices, 2,000 revealed notes, a dot added before each round.
 * `npx tsx bench/room/views-round.ts` prints the round's p50/p95; the page
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
for (const who of room.ids) {
  for (let n = 0; n < NOTES_EACH; n++) room.send(who, { t: 'addNote', id: nextId(), columnId: columns[n % columns.length]!.id, text: `Note ${n + 1} of ${who}: a line as people write it` });
}
room.phase(board.id, 'reveal');
room.phase(board.id, 'vote');
const sent = nothingSent();
changedViews(room.records, room.ids, sent);
const notes = recordsOfType(room.records, 'note');
const times: number[] = [];
for (let i = 0; i < WARM + ROUNDS; i++) {
  const target = notes[(i * 7) % notes.length]!.id;
  room.records = applyDiff(room.records, castVote(room.records, { activityId: board.id, targetId: target, department: 'sales', delta: 1 }, 1000, room.ctx));
  const start = performance.now();
  const views = changedViews(room.records, room.ids, sent);
  if (views) splitViews(views);
  if (i >= WARM) times.push(performance.now() - start);
}
process.stdout.write(`a round of views after a dot, ${DEVICES} devices, ${notes.length} notes revealed: p50 ${round(median(times), 2)} ms, p95 ${round(percentile(times, 0.95), 2)} ms\n`);
