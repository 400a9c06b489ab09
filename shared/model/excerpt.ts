/**
 * A short, one-line version of a note's text, for accessible names, announcements and
 * lists that quote a note.
 * @example excerpt('Shared  lead\ndefinition', 12) // 'Shared lead…'
 */
export function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
