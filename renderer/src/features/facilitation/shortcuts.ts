/** Facilitator shortcuts: single keys (no modifier), ignored while typing. PageUp/PageDown are what presenter clickers send. */
export const SHORTCUTS = [
  { command: 'nextActivity', keys: ['N', 'PageDown'] },
  { command: 'previousActivity', keys: ['P', 'PageUp'] },
  { command: 'timer', keys: ['T'] },
  { command: 'nextPhase', keys: ['.'] },
  { command: 'previousPhase', keys: [','] },
  { command: 'spotlight', keys: ['S'] },
  { command: 'projector', keys: ['O'] },
  { command: 'help', keys: ['?'] },
] as const;

export type ShortcutCommand = (typeof SHORTCUTS)[number]['command'];

/** The command a key press means, if any. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ShortcutCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  const match = SHORTCUTS.find((shortcut) => (shortcut.keys as readonly string[]).includes(key));
  return match?.command ?? null;
}
