import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { MAX_SAVE_BYTES, PAPER_SIZES, SAVE_MIMES, type ExportPdfOptions, type SaveFileRequest } from './contract';

/**
 * What main accepts on each channel of ./contract.ts: every payload from the
 * renderer is parsed with these before anything is done with it.
 */

/** Ids are the app's own (uuids); kept to a safe alphabet since main puts them in file names and URLs. */
const safeId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export const setLocaleArgs = z.tuple([z.enum(LOCALES)]);

/** A workshop id as it appears in the projector route. */
export const openProjectorArgs = z.tuple([safeId]);

export const exportPdfArgs = z.tuple([
  z.strictObject({ workshopId: safeId, paper: z.enum(PAPER_SIZES), fileName: z.string().min(1).max(200) }) satisfies z.ZodType<ExportPdfOptions>,
]);

export const saveFileArgs = z.tuple([
  z.strictObject({
    fileName: z.string().min(1).max(200),
    mime: z.enum(SAVE_MIMES),
    content: z.string().max(MAX_SAVE_BYTES),
  }) satisfies z.ZodType<SaveFileRequest>,
]);

export const writeBackupArgs = z.tuple([safeId, z.string().min(2).max(MAX_SAVE_BYTES)]);
export const readBackupArgs = z.tuple([z.string().regex(/^[A-Za-z0-9_-]{1,100}--\d{8}T\d{6}(?:\d{3})?Z\.json$/)]);
export const deleteBackupsArgs = z.tuple([safeId]);
/** An IPv4 or IPv6 address the room may bind (checked against the laptop's own list in main). */
export const roomOpenArgs = z.tuple([z.union([z.ipv4(), z.ipv6()])]);
