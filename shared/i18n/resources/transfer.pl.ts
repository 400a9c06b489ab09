import type { Shape } from './en';
import type { transferEn } from './transfer.en';

/** Polish text of the report, export, import, backups features; the type keeps it complete. */
export const transferPl: Shape<typeof transferEn> = {
  placeholder: '',
};
