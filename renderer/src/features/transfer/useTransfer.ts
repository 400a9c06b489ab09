import { useMemo } from 'react';
import { actionsCsv, notesCsv } from '@shared/export/csv';
import { workshopToJson } from '@shared/export/json';
import { reportToMarkdown } from '@shared/export/markdown';
import { toBase64 } from '@shared/export/base64';
import { XLSX_MIME, pdfProblemOf, type BackupEntry, type PaperSize, type SaveFileRequest } from '@shared/ipc/contract';
import { MAX_IMPORT_BYTES } from '@shared/import/import-file';
import type { ImportProblem } from '@shared/import/problems';
import type { Diff } from '@shared/model/diff';
import type { TranslationKey } from '@shared/i18n/keys';
import { isLocale, DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales';
import { findWorkshop } from '@shared/model/queries';
import type { RecordMap } from '@shared/model/types';
import { buildReport } from '@shared/report/build';
import type { Translate } from '@shared/report/types';
import type { Services } from '../../services';
import { useServices } from '../../services-context';
import { exportFileName } from './file-names';
import { addInParts } from './import-commit';
import { checkImport } from './import-runner';
import type { ImportPhase } from './import-messages';

/** How far an import has got, for the progress beside the button. */
export type ImportProgress = ImportPhase | { phase: 'saving'; percent: number };
export type OnImportProgress = (progress: ImportProgress) => void;
import { dateLocaleOf } from '../../i18n/format';
import type { NoticeText } from '../../store/state';
import { findJsonErrorPlace } from './json-error-place';
import { stampImported } from './stamp-imported';

/** Why a file was refused, in words: never the browser's own parser message, which speaks English only. */
function reasonOf(problem: ImportProblem, text?: string): NoticeText {
  if (problem.code !== 'notJson' || text === undefined) return { key: `transfer.import.${problem.code}`, params: problem.params };
  const place = findJsonErrorPlace(text);
  if (place.kind === 'at') return { key: 'transfer.import.notJsonAt', params: { line: place.line, column: place.column } };
  return { key: 'transfer.import.notJsonEnd' };
}

/** Export, import and backup actions over the app's services; nothing here touches storage directly. */
export function createTransfer({ app, workshops, platform, i18n }: Services) {
  const locale = (): Locale => (isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE);
  const translate = (lng: Locale): Translate => (key, params) => i18n.t(key, { ...params, lng });

  function report(records: RecordMap) {
    return buildReport({ records, locale: locale(), t: translate(locale()), now: new Date().toISOString(), dateLocale: dateLocaleOf(locale()) });
  }

  async function save(records: RecordMap, extension: string, mime: SaveFileRequest['mime'], content: string) {
    const workshop = findWorkshop(records);
    if (!workshop) return;
    const fileName = exportFileName(workshop.title, workshop.date, extension);
    try {
      if ((await platform.saveFile({ fileName, mime, content })) === 'saved') {
        app.notify({ tone: 'info', key: 'transfer.export.saved', params: { name: fileName } });
      }
    } catch (error) {
      app.notify({ tone: 'error', key: 'transfer.export.failed', params: { detail: String(error) } });
    }
  }

  /** The reason stays a key: the notice is translated when shown, so a language switch changes all of it. */
  function refuse(problem: ImportProblem, text?: string) {
    app.notify({ tone: 'error', key: 'transfer.import.refused', params: { reason: reasonOf(problem, text) } });
  }

  /**
   * Checks a file off the main thread and adds it as a new workshop; a bad or
   * unreadable file only produces a message.
   */
  async function importChecked(source: { file: File } | { text: string }, name: string, doneKey: TranslationKey, onProgress: OnImportProgress): Promise<boolean> {
    const now = new Date().toISOString();
    const outcome = await checkImport(source, { now, newId: () => crypto.randomUUID() }, onProgress);
    if (outcome.kind === 'readFailed') {
      app.notify({ tone: 'error', key: 'safety.import.readFailed', params: { name, detail: outcome.detail } });
      return false;
    }
    if (outcome.kind === 'failed') {
      app.reportError(new Error(outcome.detail));
      return false;
    }
    if (outcome.kind === 'refused') {
      // A file that is not JSON: read it once more, here, to say where it breaks.
      const text = outcome.problem.code !== 'notJson' ? undefined : 'text' in source ? source.text : await source.file.text().catch(() => undefined);
      refuse(outcome.problem, text);
      return false;
    }
    onProgress({ phase: 'saving', percent: 0 });
    try {
      const add = (diff: Diff) => workshops.addWorkshop(stampImported(diff, now));
      const added = await addInParts(add, outcome.file, (percent) => onProgress({ phase: 'saving', percent }));
      if (!added) return false;
    } catch (error) {
      app.reportError(error);
      return false;
    }
    app.notify({ tone: 'info', key: doneKey, params: { title: outcome.file.title } });
    return true;
  }

  return {
    report,
    exportPdf: async (records: RecordMap, paper: PaperSize = 'a4') => {
      const workshop = findWorkshop(records);
      if (!workshop) return;
      try {
        const outcome = await platform.exportPdf({ workshopId: workshop.id, paper, fileName: exportFileName(workshop.title, workshop.date, 'pdf') });
        if (outcome === 'saved') app.notify({ tone: 'info', key: 'transfer.export.pdfSaved' });
      } catch (error) {
        const problem = pdfProblemOf(error);
        if (problem === 'notFound') app.notify({ tone: 'error', key: 'transfer.export.pdfNotFound', params: { title: workshop.title } });
        else if (problem === 'timeout') app.notify({ tone: 'error', key: 'transfer.export.pdfTimeout' });
        else app.notify({ tone: 'error', key: 'transfer.export.failed', params: { detail: String(error) } });
      }
    },
    exportMarkdown: (records: RecordMap) => save(records, 'md', 'text/markdown', reportToMarkdown(report(records))),
    exportCsv: (records: RecordMap) => save(records, 'csv', 'text/csv', notesCsv(records, locale(), translate(locale()))),
    exportActionsCsv: (records: RecordMap) => save(records, 'csv', 'text/csv', actionsCsv(records, locale(), translate(locale()))),
    exportJson: (records: RecordMap) => save(records, 'json', 'application/json', workshopToJson(records, new Date().toISOString())),
    /** The workbook writer and exceljs load on first use, as their own chunk: the app's start does not carry them. */
    exportXlsx: async (records: RecordMap) => {
      let content: string;
      try {
        const { workbookXlsx } = await import('@shared/export/xlsx');
        content = toBase64(await workbookXlsx(records, locale(), translate(locale()), new Date()));
      } catch (error) {
        app.notify({ tone: 'error', key: 'transfer.export.failed', params: { detail: String(error) } });
        return;
      }
      await save(records, 'xlsx', XLSX_MIME, content);
    },
    importFile: async (file: File, onProgress: OnImportProgress = () => {}): Promise<boolean> => {
      if (file.size > MAX_IMPORT_BYTES) {
        refuse({ code: 'tooLarge', params: { size: file.size / 1024 / 1024, max: MAX_IMPORT_BYTES / 1024 / 1024 } });
        return false;
      }
      return importChecked({ file }, file.name, 'transfer.import.done', onProgress);
    },
    restoreBackup: async (entry: BackupEntry, onProgress: OnImportProgress = () => {}): Promise<boolean> => {
      if (!platform.backups) return false;
      let text: string;
      try {
        text = await platform.backups.readBackup(entry.id);
      } catch (error) {
        app.notify({ tone: 'error', key: 'safety.backups.readFailed', params: { detail: error instanceof Error ? error.message : String(error) } });
        return false;
      }
      return importChecked({ text }, entry.title, 'transfer.backups.restored', onProgress);
    },
  };
}

export type Transfer = ReturnType<typeof createTransfer>;

export function useTransfer(): Transfer {
  const services = useServices();
  return useMemo(() => createTransfer(services), [services]);
}
