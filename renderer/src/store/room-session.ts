import { createStore } from 'zustand/vanilla';
import { findWorkshop } from '@shared/model/queries';
import { changedViews, lobbyMessage, nothingSent, splitViews } from '@shared/room/host';
import type { HostMessage, RoomToHost } from '@shared/room/protocol';
import type { RoomLink, RoomPlatform } from '../platform/platform';
import type { AppStore } from './app-store';
import type { RoomActions } from './room-actions';
import { publishRoomDisplay } from './room-display';

export type RoomStatus = 'closed' | 'opening' | 'open' | 'lost';

export interface RoomSessionState {
  status: RoomStatus;
  workshopId: string | null;
  address: string | null;
  joinUrl: string | null;
  locked: boolean;
  /** Participants with at least one device connected. */
  online: ReadonlySet<string>;
  /** Why the room could not open, in the platform's words (shown under a translated message). */
  problem: string | null;
  /** The join code is on the projector. */
  onProjector: boolean;
}

const CLOSED: RoomSessionState = { status: 'closed', workshopId: null, address: null, joinUrl: null, locked: false, online: new Set(), problem: null, onProjector: true };
/** What phones write waits this long for more: a burst of notes makes one round of views. */
const VIEW_DELAY_MS = 25;
const REMEMBERED = 'alignboard:open-room';
/**
 * While the facilitator drags a note, what phones send is taken in bursts this
 * far apart: fewer, larger batches (a copy of the records, a write, a round of
 * views each) between the drag's frames, and "saved" on a phone up to this much later.
 */
const DRAG_DRAIN_MS = 100;

/**
 * The facilitator's side of an open room: the link to the room server (over
 * the platform), presence, and the views each device is sent. Every message
 * from a device goes through the store's room actions (the one write path);
 * replies go back only once what they confirm is on disk. The room is
 * remembered for this window, so a reload opens it again and devices
 * reconnect with their passes.
 */
export function createRoomSession(
  platform: RoomPlatform | null,
  actions: RoomActions,
  app: AppStore,
  screen: { dragging: () => boolean } = { dragging: () => false },
  storage: Storage = sessionStorage,
) {
  const state = createStore<RoomSessionState>(() => CLOSED);
  let link: Promise<RoomLink> | null = null;
  let sent = nothingSent();
  /** The list of names newcomers may pick from, as last sent. */
  let lobby = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the coming round of views is due (Date.now() ms; -Infinity once it waits for the disk). */
  let timerAt = Infinity;
  let stopWatching: (() => void) | null = null;
  let shownWorkshop: string | null = null;
  const display = publishRoomDisplay(() => {
    const { workshopId, joinUrl, status, onProjector } = state.getState();
    const id = workshopId ?? shownWorkshop;
    return id ? { workshopId: id, joinUrl: status === 'open' && onProjector ? joinUrl : null } : null;
  });
  state.subscribe((next, previous) => {
    if (next.joinUrl === previous.joinUrl && next.onProjector === previous.onProjector && next.status === previous.status) return;
    display.changed();
    // Remembered after the room closes, so the projector hears that the code is gone.
    shownWorkshop = next.workshopId ?? previous.workshopId;
  });

  function send(message: HostMessage) {
    void link?.then((open) => open.send(message), () => undefined);
  }

  function setOnline(update: (online: Set<string>) => void) {
    const online = new Set(state.getState().online);
    update(online);
    state.setState({ online });
  }

  function sendViews() {
    const { status, workshopId, online } = state.getState();
    const records = app.store.getState().records;
    // Only ever the room's own workshop: another one open on screen is never shown to devices.
    if (status !== 'open' || !records || findWorkshop(records)?.id !== workshopId) return;
    const now = Date.now();
    const views = changedViews(records, online, sent, now);
    if (views) for (const frame of splitViews(views)) send(frame);
    // Tallies held back (people voting) go in a round of their own when due.
    if (sent.due !== null) scheduleViews(sent.due - now);
    const names = lobbyMessage(records);
    if (JSON.stringify(names) !== lobby) {
      lobby = JSON.stringify(names);
      send(names);
    }
  }

  /**
   * Views go out once what they show is on disk, after the confirmations: a
   * device never sees its note on the board while it still waits for "saved".
   * The facilitator's own change (a phase, the timer) goes without the wait
   * for more (`delay` 0).
   */
  function scheduleViews(delay = VIEW_DELAY_MS) {
    const at = Date.now() + delay;
    // A round already coming sooner takes this change too; one due later (held tallies) is brought forward.
    if (timer !== null && timerAt <= at) return;
    if (timer !== null) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      // Due: waiting for the disk, the round will read whatever is there by then.
      timerAt = -Infinity;
      void app.whenSaved().then(() =>
        setTimeout(() => {
          timer = null;
          timerAt = Infinity;
          sendViews();
        }, 0),
      );
    }, delay);
  }

  /**
   * Messages wait for the next task (during a drag, DRAG_DRAIN_MS) and are
   * taken in one go: a burst (thirty phones voting at once) becomes one write
   * instead of thirty, applied in arrival order. While a batch is being saved,
   * what arrives waits for it and becomes the next batch: one write in flight,
   * not a queue of them each waiting for the disk.
   */
  const inbox: RoomToHost[] = [];
  let scheduled = false;
  let saving = false;
  function onMessage(message: RoomToHost) {
    inbox.push(message);
    drainSoon();
  }
  function drainSoon() {
    if (scheduled || saving || inbox.length === 0) return;
    scheduled = true;
    setTimeout(
      () => {
        scheduled = false;
        if (!saving) take(inbox.splice(0));
      },
      screen.dragging() ? DRAG_DRAIN_MS : 0,
    );
  }

  function take(messages: RoomToHost[]) {
    const { workshopId } = state.getState();
    if (!workshopId) return;
    for (const message of messages) {
      if (message.t === 'room') {
        // The room (re)started or this window (re)connected: every device gets its view again.
        sent = nothingSent();
        lobby = '';
        state.setState({ online: new Set(message.online), locked: message.locked });
      }
      if (message.t === 'presence') {
        setOnline((online) => (message.online ? online.add(message.participantId) : online.delete(message.participantId)));
        sent.views.delete(message.participantId);
      }
      if (message.t === 'join') setOnline((online) => online.add(message.participantId));
    }
    saving = true;
    void actions
      .receive(workshopId, messages)
      .then((replies) => {
        for (const reply of replies) send(reply);
        scheduleViews();
      })
      .finally(() => {
        saving = false;
        drainSoon();
      });
    scheduleViews();
  }

  function onClosed() {
    if (state.getState().status === 'closed') return;
    state.setState({ status: 'lost', online: new Set() });
  }

  async function open(workshopId: string, address: string): Promise<boolean> {
    if (!platform) return false;
    const current = state.getState();
    if (current.status === 'open' || current.status === 'opening') await close();
    state.setState({ ...CLOSED, status: 'opening', workshopId, address });
    sent = nothingSent();
    lobby = '';
    link = platform.open(address, { message: onMessage, closed: onClosed });
    try {
      const opened = await link;
      state.setState({ status: 'open', joinUrl: opened.joinUrl });
    } catch (error) {
      link = null;
      state.setState({ ...CLOSED, problem: error instanceof Error ? error.message : String(error) });
      return false;
    }
    storage.setItem(REMEMBERED, JSON.stringify({ workshopId, address }));
    stopWatching?.();
    stopWatching = app.store.subscribe((next, previous) => {
      if (next.records !== previous.records) scheduleViews(next.records === next.pacedRecords ? VIEW_DELAY_MS : 0);
    });
    scheduleViews();
    return true;
  }

  async function close(): Promise<void> {
    storage.removeItem(REMEMBERED);
    stopWatching?.();
    stopWatching = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    timerAt = Infinity;
    const closing = link;
    link = null;
    state.setState(CLOSED);
    await closing?.then((open) => open.close(), () => undefined);
  }

  return {
    state,
    available: platform !== null,
    addresses: () => platform?.addresses() ?? Promise.resolve([]),
    open,
    close,
    /** Opens the room again after a reload of this window, if it was open for this workshop. */
    async resume(workshopId: string): Promise<void> {
      if (state.getState().status !== 'closed') return;
      try {
        const remembered = JSON.parse(storage.getItem(REMEMBERED) ?? 'null') as { workshopId?: unknown; address?: unknown } | null;
        if (remembered?.workshopId === workshopId && typeof remembered.address === 'string') await open(workshopId, remembered.address);
      } catch {
        storage.removeItem(REMEMBERED);
      }
    },
    showOnProjector(onProjector: boolean) {
      state.setState({ onProjector });
    },
    lock(locked: boolean) {
      send({ t: 'lock', locked });
      state.setState({ locked });
    },
    /** Disconnects a participant's devices for good (their pass stops working); their notes stay. */
    async remove(participantId: string): Promise<boolean> {
      const { workshopId } = state.getState();
      if (!workshopId || !(await actions.removeMember(workshopId, participantId))) return false;
      send({ t: 'remove', participantId });
      setOnline((online) => online.delete(participantId));
      return true;
    },
  };
}

export type RoomSession = ReturnType<typeof createRoomSession>;
