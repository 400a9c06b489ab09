import { describe, expect, it } from 'vitest';
import type { Department } from '../../shared/model/types';
import { departmentOfColumn } from '../../renderer/src/features/board/column-department';

const EN: Department[] = [
  { id: 'sales', name: 'Sales', color: '#0f766e' },
  { id: 'marketing', name: 'Marketing', color: '#c2410c' },
];
const PL: Department[] = [
  { id: 'sales', name: 'Sprzedaż', color: '#0f766e' },
  { id: 'marketing', name: 'Marketing', color: '#c2410c' },
];
const named = (title: string) => ({ templateKey: null, title });

describe('departmentOfColumn', () => {
  it('knows the template columns by their key, in any language', () => {
    expect(departmentOfColumn({ templateKey: 'salesSees', title: null }, 'Sprzedaż widzi', PL)).toBe('sales');
    expect(departmentOfColumn({ templateKey: 'marketingOnSalesPains', title: null }, 'Marketing: z czym zmaga się sprzedaż', PL)).toBe('marketing');
    expect(departmentOfColumn({ templateKey: 'sharedCustomer', title: null }, 'Our shared customer definition', EN)).toBeNull();
  });

  it('reads a named column by the department named first, inflected too', () => {
    expect(departmentOfColumn(named('Sales: what Marketing wants'), 'Sales: what Marketing wants', EN)).toBe('sales');
    expect(departmentOfColumn(named('What Marketing needs from Sales'), 'What Marketing needs from Sales', EN)).toBe('marketing');
    expect(departmentOfColumn(named('Cele sprzedaży'), 'Cele sprzedaży', PL)).toBe('sales');
    expect(departmentOfColumn(named('Parking lot'), 'Parking lot', EN)).toBeNull();
    expect(departmentOfColumn(named('Presales ideas'), 'Presales ideas', EN)).toBeNull();
  });
});
