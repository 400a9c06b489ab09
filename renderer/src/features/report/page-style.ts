import type { PaperSize } from '@shared/ipc/contract';

/** A CSS string literal: quotes, backslashes, line breaks and `<` escaped (it goes inside a <style>). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ').replace(/</g, '\\3C ')}"`;
}

/** `Page {{page}} of {{pages}}` → `"Page " counter(page) " of " counter(pages)`. */
function pageCounter(template: string): string {
  return template
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter(Boolean)
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The print page rules: paper size, margins, a running header (workshop and
 * date) and page numbers in CSS margin boxes, which Chromium (and so
 * Electron's printToPDF and the browser's print) renders on every page.
 * The cover page has no header.
 */
export function pageStyle(options: { paper: PaperSize; header: string; headerRight: string; pageOf: string }): string {
  const box = 'font-family: system-ui, sans-serif; font-size: 8.5pt; color: #5b6474;';
  return `@page {
  size: ${options.paper === 'letter' ? 'letter' : 'A4'};
  margin: 18mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(options.header)}; ${box} }
  @top-right { content: ${cssString(options.headerRight)}; ${box} }
  @bottom-right { content: ${pageCounter(options.pageOf)}; ${box} }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}`;
}
