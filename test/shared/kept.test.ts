import { describe, expect, it } from 'vitest';
import { keeper } from '../../shared/model/kept';

describe('keeper', () => {
  it('gives back what it kept while the inputs are the same objects, and builds anew when one differs', () => {
    const keep = keeper<{ built: number }>();
    const key = {};
    const input = {};
    let builds = 0;
    const build = () => ({ built: ++builds });
    const first = keep(key, 'a', [input, 1], build);
    expect(keep(key, 'a', [input, 1], build)).toBe(first);
    // Another name under the same key is kept apart.
    expect(keep(key, 'b', [input, 1], build)).not.toBe(first);
    // An equal but different object, another value, one input more: each builds anew.
    expect(keep(key, 'a', [{}, 1], build).built).toBe(3);
    expect(keep(key, 'a', [{}, 2], build).built).toBe(4);
    const last = keep(key, 'a', [input, 1], build);
    expect(keep(key, 'a', [input, 1, 'more'], build)).not.toBe(last);
    // Under another key nothing is found.
    expect(keep({}, 'a', [input, 1], build).built).toBe(builds);
  });
});
