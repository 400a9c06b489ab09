import { isBinaryMime, type ExportPdfOptions, type SaveFileRequest, type SaveOutcome } from '@shared/ipc/contract';
import { fromBase64 } from '@shared/export/base64';
import { reportHash } from '../store/routes';

/** A browser "save": the file arrives as a download; there is no dialog to cancel. */
export function downloadFile(request: SaveFileRequest): SaveOutcome {
  const blob = isBinaryMime(request.mime)
    ? new Blob([fromBase64(request.content)], { type: request.mime })
    : new Blob([request.content], { type: `${request.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'saved';
}

/**
 * The browser's PDF is its print dialog over the report view; the view
 * prints itself once rendered when asked to (`?print`).
 */
export function printReport(options: ExportPdfOptions): 'printing' {
  window.location.hash = reportHash(options.workshopId, options.paper, true);
  return 'printing';
}
