import type { PaperSize } from '@shared/ipc/contract';

/**
 * A CSS string literal (it goes inside a <style>): quotes and backslashes
 * escaped; every line break (LF, CR, CRLF, form feed), which would end the
 * string and break the rule after it, becomes `\A `; other control
 * characters and `<` become hex escapes.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, '\\$&')
    .replace(/\r\n|[\r\n\f]/g, '\\A ')
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    .replace(/[\u0000-\u001f\u007f<]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `);
  return `"${escaped}"`;
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
