import { useEffect } from 'react';
import type { MenuCommand } from '@shared/ipc/contract';
import { useServices } from '../services-context';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A quick-add box with nothing typed: undo belongs to the app (see NoteComposer).
  if (target instanceof HTMLTextAreaElement && 'undoWhenEmpty' in target.dataset && target.value === '') return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Undo/redo from the keyboard and the native menu. Inside a text field the
 * keys keep their native meaning (undo typing), as users expect.
 */
export function useShortcuts(onAbout: () => void, onNewWorkshop: () => void) {
  const { app, workshops, platform } = useServices();

  useEffect(() => {
    const run = (command: MenuCommand) => {
      if (command === 'undo') void app.undo();
      if (command === 'redo') void app.redo();
      if (command === 'go-home') void workshops.goHome();
      if (command === 'new-workshop') onNewWorkshop();
      if (command === 'about') onAbout();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) run('undo');
      else if ((key === 'z' && event.shiftKey) || key === 'y') run('redo');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = platform.onMenuCommand((command) => {
      // A menu Undo while typing belongs to the text field.
      if ((command === 'undo' || command === 'redo') && isTextEntry(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      run(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [app, workshops, platform, onAbout, onNewWorkshop]);
}
