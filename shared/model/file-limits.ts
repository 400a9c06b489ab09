/**
 * The one size limit for a workshop file, in UTF-8 bytes: exports, automatic
 * backups, imports and restores all use it, so the app never writes a file it
 * would then refuse to read back. A full workshop of {@link MAX_NOTES_PER_WORKSHOP}
 * notes at the note-length limit (Polish text) stays well below it.
 */
export const MAX_WORKSHOP_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The most notes one workshop holds. Keeps every workshop under
 * {@link MAX_WORKSHOP_FILE_BYTES} and inside the performance budgets
 * (measured with 5,000 notes).
 */
export const MAX_NOTES_PER_WORKSHOP = 5000;

/** `12.3` for a byte count: what the messages about sizes show, in MB. */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
