import type { ReportBlock, ReportItem, ReportModel } from '../report/types';

/**
 * Escapes text typed by people so a Markdown viewer shows it literally: no
 * raw HTML (`<img onerror>` stays text), no accidental emphasis, links or
 * headings (`=` too, so a line of `===` under a line is no heading). Spaces and
 * tabs that start a line become no-break spaces, so four of them never make a
 * code block. Line breaks become hard breaks inside the same list item or cell.
 */
export function escapeMarkdown(text: string, lineBreak = '  \n  '): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+!|~&=-]/g, (char) => `\\${char}`)
    .replace(/^(\d+)\./gm, '$1\\.')
    .replace(/^[ \t]+/gm, (indent) => indent.replace(/ /g, '\u00A0').replace(/\t/g, '\u00A0'.repeat(4)))
    .replace(/\r\n?|\n/g, lineBreak);
}

function cell(text: string): string {
  return escapeMarkdown(text, '<br>');
}

function table(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** A chart as the table of its numbers: one column per series. */
function chart(title: string, series: Array<{ label: string }>, rows: string[][]): string[] {
  return [`### ${escapeMarkdown(title)}`, '', ...table(['', ...series.map((entry) => entry.label)], rows)];
}

function item(entry: ReportItem, model: ReportModel): string {
  const department = entry.department ? model.departments.find((d) => d.id === entry.department)?.name : undefined;
  const who = department ? `**${escapeMarkdown(department)}:** ` : '';
  const meta = entry.meta ? ` _(${escapeMarkdown(entry.meta)})_` : '';
  return `- ${who}${escapeMarkdown(entry.text)}${meta}`;
}

function block(entry: ReportBlock, model: ReportModel): string[] {
  switch (entry.kind) {
    case 'facts':
    case 'stats':
      return entry.items.map(({ label, value }) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`);
    case 'paragraph':
      return [escapeMarkdown(entry.text, '  \n')];
    case 'list':
      return [`### ${escapeMarkdown(entry.title)}`, '', ...(entry.items.length ? entry.items.map((i) => item(i, model)) : [`_${escapeMarkdown(entry.empty)}_`])];
    case 'groups':
      if (entry.groups.length === 0) return [`_${escapeMarkdown(entry.empty)}_`];
      return entry.groups.flatMap((group) => [
        `### ${escapeMarkdown(group.title)}`,
        '',
        ...(group.items.length ? group.items.map((i) => item(i, model)) : [`_${escapeMarkdown(entry.empty)}_`]),
        '',
      ]);
    case 'table':
      return [`_${escapeMarkdown(entry.caption)}_`, '', ...table(entry.headers, entry.rows)];
    case 'barChart':
      return chart(
        entry.title,
        entry.series,
        entry.categories.map((category) => [category.label, ...category.values.map((value) => `${value}${entry.unit ?? ''}`)]),
      );
    case 'radar':
      return chart(
        entry.title,
        entry.series,
        entry.axes.map((axis, index) => [axis, ...entry.series.map((series) => `${series.values[index] ?? '–'} / ${entry.max}`)]),
      );
  }
}

/** The whole report as Markdown, readable as plain text and in any viewer. */
export function reportToMarkdown(model: ReportModel): string {
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  for (const section of model.sections) {
    if (section.id !== 'cover') lines.push(`## ${escapeMarkdown(section.title)}`, '');
    for (const entry of section.blocks) lines.push(...block(entry, model), '');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
