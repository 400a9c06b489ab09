/**
 * Floor for the drag figures: the same pointer drag on a static board of
 * plain elements (no React, no drag-and-drop library): the pointer moves one
 * note by a transform and marks the list it is over. What a frame costs this
 * browser on this machine, at the same moment, with nothing of the app.
 */
import type { Page } from 'playwright-core';
import { dragFrames, type Frames } from './board';

const COLUMNS = 4;
const NOTES_EACH = 10;

function staticBoard(): string {
  const note = (c: number, n: number) =>
    `<li data-note-id="n${c}-${n}" style="padding:12px;border-radius:8px;background:#fde7dd;box-shadow:0 1px 2px #0002">Note ${n + 1} of column ${c + 1}: a line of text as people write it</li>`;
  const column = (c: number) =>
    `<section style="flex:0 0 300px;background:#eef0f3;border-radius:12px;padding:10px"><h2 style="font:700 15px sans-serif">Column ${c + 1}</h2>` +
    `<ul aria-label="Notes in column ${c + 1}" style="display:flex;flex-direction:column;gap:10px;margin:0;padding:0;list-style:none;font:15px sans-serif">` +
    Array.from({ length: NOTES_EACH }, (_, n) => note(c, n)).join('') +
    '</ul></section>';
  return `<main style="display:flex;gap:14px;align-items:flex-start;padding:20px">${Array.from({ length: COLUMNS }, (_, c) => column(c)).join('')}</main>`;
}

function followPointer() {
  let dragged: HTMLElement | null = null;
  let start = { x: 0, y: 0 };
  let over: Element | null = null;
  document.addEventListener('pointerdown', (event) => {
    dragged = (event.target as Element).closest<HTMLElement>('[data-note-id]');
    start = { x: event.clientX, y: event.clientY };
    if (dragged) dragged.style.cssText += ';position:relative;z-index:1;box-shadow:0 8px 24px #0004';
  });
  document.addEventListener('pointermove', (event) => {
    if (!dragged) return;
    dragged.style.transform = `translate(${event.clientX - start.x}px, ${event.clientY - start.y}px)`;
    const list = [...document.querySelectorAll('ul')].find((ul) => {
      const box = ul.getBoundingClientRect();
      return event.clientX >= box.left && event.clientX <= box.right;
    });
    if (list !== over) {
      (over as HTMLElement | null)?.style.removeProperty('outline');
      if (list) list.style.outline = '2px solid #4f46e5';
      over = list ?? null;
    }
  });
  document.addEventListener('pointerup', () => {
    if (dragged) dragged.style.transform = '';
    dragged = null;
  });
}

/** Frames of the floor drag, on a page of its own (a new one in `page`'s browser). */
export async function bareDragFrames(page: Page): Promise<Frames> {
  await page.setContent(staticBoard());
  await page.evaluate(followPointer);
  return dragFrames(page);
}
