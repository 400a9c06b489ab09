import { describe, expect, it } from 'vitest';
import { excerpt } from '../../shared/model/excerpt';

describe('excerpt', () => {
  it('keeps a short note as it is, on one line', () => {
    expect(excerpt('  Shared\n lead   definition ')).toBe('Shared lead definition');
  });

  it('cuts a long note to the length asked, ending in an ellipsis', () => {
    const short = excerpt('a'.repeat(100), 10);
    expect(short).toBe(`${'a'.repeat(9)}…`);
    expect(short).toHaveLength(10);
  });
});
