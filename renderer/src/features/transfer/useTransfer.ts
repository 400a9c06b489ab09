import { useMemo } from 'react';
import { actionsCsv, notesCsv } from '@shared/export/csv';
import { workshopToJson } from '@shared/export/json';
import { reportToMarkdown } from '@shared/export/markdown';
import type { BackupEntry, PaperSize, SaveFileRequest } from '@shared/ipc/contract';
import { importWorkshopFile, MAX_IMPORT_BYTES } from '@shared/import/import-file';
import type { ImportProblem } from '@shared/import/problems';
import { isLocale, DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales';
import { findWorkshop } from '@shared/model/queries';
import type { RecordMap } from '@shared/model/types';
import { buildReport } from '@shared/report/build';
import type { Translate } from '@shared/report/types';
import type { Services } from '../../services';
import { useServices } from '../../services-context';
import { exportFileName } from './file-names';
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
export function createTransfer({ app, platform, i18n }: Services) {
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

  /** Adds a validated file as a new workshop; a bad file only produces a message. */
  async function importText(text: string, byteLength: number, doneKey: string): Promise<boolean> {
    const result = importWorkshopFile(text, app.context(), byteLength);
    if (!result.ok) {
      refuse(result.problem, text);
      return false;
    }
    if (!(await app.commit(stampImported(result.diff, app.context().now), 'none'))) return false;
    await app.loadWorkshops();
    app.notify({ tone: 'info', key: doneKey, params: { title: result.title } });
    return true;
  }

  return {
    loadRecords: (workshopId: string) => app.repository.loadWorkshop(workshopId),
    report,
    exportPdf: async (records: RecordMap, paper: PaperSize = 'a4') => {
      const workshop = findWorkshop(records);
      if (!workshop) return;
      try {
        const outcome = await platform.exportPdf({ workshopId: workshop.id, paper, fileName: exportFileName(workshop.title, workshop.date, 'pdf') });
        if (outcome === 'saved') app.notify({ tone: 'info', key: 'transfer.export.pdfSaved' });
      } catch (error) {
        app.notify({ tone: 'error', key: 'transfer.export.failed', params: { detail: String(error) } });
      }
    },
    exportMarkdown: (records: RecordMap) => save(records, 'md', 'text/markdown', reportToMarkdown(report(records))),
    exportCsv: (records: RecordMap) => save(records, 'csv', 'text/csv', notesCsv(records, locale(), translate(locale()))),
    exportActionsCsv: (records: RecordMap) => save(records, 'csv', 'text/csv', actionsCsv(records, locale(), translate(locale()))),
    exportJson: (records: RecordMap) => save(records, 'json', 'application/json', workshopToJson(records, new Date().toISOString())),
    importFile: async (file: File): Promise<boolean> => {
      if (file.size > MAX_IMPORT_BYTES) {
        refuse({ code: 'tooLarge', params: { size: (file.size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 } });
        return false;
      }
      return importText(await file.text(), file.size, 'transfer.import.done');
    },
    restoreBackup: async (entry: BackupEntry): Promise<boolean> => {
      if (!platform.backups) return false;
      const text = await platform.backups.readBackup(entry.id);
      return importText(text, text.length, 'transfer.backups.restored');
    },
  };
}

export type Transfer = ReturnType<typeof createTransfer>;

export function useTransfer(): Transfer {
  const services = useServices();
  return useMemo(() => createTransfer(services), [services]);
}
