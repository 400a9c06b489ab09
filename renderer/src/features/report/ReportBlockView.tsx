import type { Department } from '@shared/model/types';
import type { ReportBlock, ReportItem } from '@shared/report/types';
import { BarChart } from './BarChart';
import { RadarChart } from './RadarChart';

function Items({ items, empty, departments }: { items: ReportItem[]; empty: string; departments: readonly Department[] }) {
  if (items.length === 0) return <p className="report-empty">{empty}</p>;
  return (
    <ul className="report-items">
      {items.map((item, index) => {
        const department = departments.find((d) => d.id === item.department);
        return (
          <li
            key={index}
            className={`report-item${department ? ` report-item--${department.id}` : ''}`}
            style={department ? { borderLeftColor: department.color } : undefined}
          >
            {department && (
              // A CSS shape, not the app's SVG marker: hundreds of SVGs make printing slow and the PDF big.
              <span className={`report-marker report-marker--${department.id}`} style={{ color: department.color }}>
                <span className="report-marker__name">{department.name}</span>
              </span>
            )}
            <span className="report-item__text">{item.text}</span>
            {item.meta && <span className="report-item__meta">{item.meta}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** One block of the report model, rendered for screen and print. */
function cellClass(block: Extract<ReportBlock, { kind: 'table' }>, column: number): string | undefined {
  if (block.wide?.includes(column)) return 'report-table__wide';
  if (block.noWrap?.includes(column)) return 'report-table__nowrap';
  return undefined;
}

export function ReportBlockView({ block, departments }: { block: ReportBlock; departments: readonly Department[] }) {
  switch (block.kind) {
    case 'facts':
    case 'stats':
      // Same data; stats show the value large above its label (CSS order; dt stays first for readers).
      return (
        <dl className={`report-${block.kind}`}>
          {block.items.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'paragraph':
      return <p className="report-paragraph">{block.text}</p>;
    case 'list':
      return (
        <section className="report-list">
          <h3>{block.title}</h3>
          <Items items={block.items} empty={block.empty} departments={departments} />
        </section>
      );
    case 'groups':
      if (block.groups.length === 0) return <p className="report-empty">{block.empty}</p>;
      return (
        <div className="report-groups">
          {block.groups.map((group, index) => (
            <section key={index} className="report-group">
              <h3>{group.title}</h3>
              <Items items={group.items} empty={block.empty} departments={departments} />
            </section>
          ))}
        </div>
      );
    case 'table':
      return (
        <table className="report-table">
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column} className={cellClass(block, column)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'barChart':
      return <BarChart title={block.title} unit={block.unit} series={block.series} categories={block.categories} departments={departments} />;
    case 'radar':
      return <RadarChart title={block.title} axes={block.axes} max={block.max} series={block.series} departments={departments} />;
  }
}
