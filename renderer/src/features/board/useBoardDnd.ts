import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCorners,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  currentPlacement,
  keyboardPlacement,
  moveTo,
  placementFor,
  type ArrowKey,
  type ColumnItems,
  type Placement,
} from './placement';

const ARROWS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

export interface BoardDndCallbacks {
  /** One drop = one operation = one undo step. */
  onMove: (noteId: string, placement: Placement) => void;
  onAnnounce: (event: 'pickedUp' | 'movedTo' | 'dropped' | 'cancelled', noteId: string, placement: Placement) => void;
}

/**
 * Drag and drop of notes between columns (dnd-kit's MultipleContainers
 * pattern): local order while dragging, restored on cancel, one move on drop.
 * The keyboard moves through the board's model rather than screen geometry,
 * so arrow keys always go to the next slot, and every step is announced.
 */
export function useBoardDnd(base: ColumnItems, columnOrder: readonly string[], callbacks: BoardDndCallbacks) {
  const [dragging, setDragging] = useState<ColumnItems | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const items = dragging ?? base;
  const live = useRef({ items, columnOrder, callbacks, keyboard: false, activeId: null as string | null });
  useLayoutEffect(() => {
    live.current.items = items;
    live.current.columnOrder = columnOrder;
    live.current.callbacks = callbacks;
  });

  const coordinateGetter: KeyboardCoordinateGetter = (event) => {
    const { activeId: id, items: now, columnOrder: order } = live.current;
    if (!id || !ARROWS.includes(event.code)) return undefined;
    event.preventDefault();
    const next = keyboardPlacement(now, order, id, event.code as ArrowKey);
    if (!next) return undefined;
    const moved = moveTo(now, id, next);
    live.current.items = moved;
    setDragging(moved);
    live.current.callbacks.onAnnounce('movedTo', id, next);
    requestAnimationFrame(() => document.querySelector(`[data-note-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }));
    return undefined;
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const collisionDetection: CollisionDetection = useMemo(
    () => (args) => {
      // A keyboard drag keeps its own place in the model; it is always "over" itself.
      if (live.current.keyboard) return [{ id: args.active.id }];
      const within = pointerWithin(args);
      return within.length > 0 ? within : closestCorners(args);
    },
    [],
  );

  function finish() {
    live.current.activeId = null;
    live.current.keyboard = false;
    setKeyboard(false);
    setActiveId(null);
    setDragging(null);
  }

  return {
    items,
    activeId,
    /** A keyboard drag moves the note in the list itself: it is drawn where it is, untransformed. */
    keyboard,
    sensors,
    collisionDetection,
    onDragStart: ({ active, activatorEvent }: DragStartEvent) => {
      const id = String(active.id);
      live.current.activeId = id;
      live.current.keyboard = activatorEvent instanceof KeyboardEvent;
      setKeyboard(live.current.keyboard);
      setActiveId(id);
      setDragging(base);
      const placement = currentPlacement(base, id);
      if (placement) callbacks.onAnnounce('pickedUp', id, placement);
    },
    onDragOver: ({ active, over }: DragOverEvent) => {
      if (live.current.keyboard || !over) return;
      const id = String(active.id);
      const placement = placementFor(live.current.items, id, String(over.id));
      if (!placement) return;
      if (placement.columnId !== currentPlacement(live.current.items, id)?.columnId) {
        const moved = moveTo(live.current.items, id, placement);
        live.current.items = moved;
        setDragging(moved);
      }
      callbacks.onAnnounce('movedTo', id, placement);
    },
    onDragEnd: ({ active, over }: DragEndEvent) => {
      const id = String(active.id);
      const placement = live.current.keyboard
        ? currentPlacement(live.current.items, id)
        : over && placementFor(live.current.items, id, String(over.id));
      finish();
      if (!placement) return;
      callbacks.onMove(id, placement);
      callbacks.onAnnounce('dropped', id, placement);
    },
    onDragCancel: () => {
      const id = live.current.activeId;
      finish();
      const placement = id ? currentPlacement(base, id) : null;
      if (id && placement) callbacks.onAnnounce('cancelled', id, placement);
    },
  };
}
