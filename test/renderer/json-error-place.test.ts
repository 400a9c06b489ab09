import { describe, expect, it } from 'vitest';
import { findJsonErrorPlace } from '../../renderer/src/features/transfer/json-error-place';

describe('findJsonErrorPlace', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, null, "x\\n\\u00e9"], "b": {}} ', '"s"', '0']) {
      expect(JSON.parse(text)).toBeDefined();
      expect(findJsonErrorPlace(text)).toEqual({ kind: 'valid' });
    }
  });

  it('names the line and column where the file breaks', () => {
    expect(findJsonErrorPlace('{\n  "a": 1,\n  "b": }')).toEqual({ kind: 'at', line: 3, column: 8 });
    expect(findJsonErrorPlace('{"a": 1 "b": 2}')).toEqual({ kind: 'at', line: 1, column: 9 });
    expect(findJsonErrorPlace('[1, 2,]')).toEqual({ kind: 'at', line: 1, column: 7 });
    expect(findJsonErrorPlace('{"a": tru}')).toEqual({ kind: 'at', line: 1, column: 7 });
    expect(findJsonErrorPlace('{} x')).toEqual({ kind: 'at', line: 1, column: 4 });
  });

  it('says a cut-off file ends too early', () => {
    const json = JSON.stringify({ format: 'alignboard', records: [{ id: 'a', text: 'hello' }] }, null, 2);
    expect(findJsonErrorPlace(json.slice(0, json.length / 2))).toEqual({ kind: 'end' });
    expect(findJsonErrorPlace('')).toEqual({ kind: 'end' });
  });

  it('survives nesting deeper than the call stack', () => {
    expect(findJsonErrorPlace('['.repeat(100_000))).toEqual({ kind: 'end' });
  });
});
