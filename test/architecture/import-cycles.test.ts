// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project files a file imports (type-only imports too: they tie modules together as much). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const targets: string[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    const spec = match[1]!;
    const base = spec.startsWith('@shared/') ? join(ROOT, 'shared', spec.slice('@shared/'.length)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
    if (!base) continue;
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((candidate) => {
      try {
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
    if (found) targets.push(found);
  }
  return targets;
}

/** Every cycle in the graph, each as the list of its nodes (found by depth-first search, one per back edge). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

function moduleGraph(dir: string): Map<string, string[]> {
  const files = sourceFiles(join(ROOT, dir));
  return new Map(files.map((file) => [relative(ROOT, file), importsOf(file).map((target) => relative(ROOT, target))]));
}

/** The graph of features: an edge when a file of one feature imports a file of another. */
function featureGraph(): Map<string, string[]> {
  const feature = (path: string) => /^renderer\/src\/features\/([^/]+)\//.exec(path)?.[1];
  const graph = new Map<string, Set<string>>();
  for (const [file, targets] of moduleGraph('renderer/src/features')) {
    const from = feature(file)!;
    const edges = graph.get(from) ?? new Set<string>();
    for (const target of targets) {
      const to = feature(target);
      if (to && to !== from) edges.add(to);
    }
    graph.set(from, edges);
  }
  return new Map([...graph].map(([key, value]) => [key, [...value]]));
}

describe('import cycles', () => {
  it('there are none in shared/', () => {
    expect(cycles(moduleGraph('shared'))).toEqual([]);
  });

  it('there are none between the renderer\'s modules outside the features', () => {
    const graph = moduleGraph('renderer/src');
    const outside = cycles(graph).filter((cycle) => cycle.some((file) => !file.startsWith('renderer/src/features/')));
    expect(outside).toEqual([]);
  });

  it('finds a cycle when there is one (the checker itself works)', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('there are none between the features: the board offers extension points instead of importing them', () => {
    const graph = featureGraph();
    // It sees the imports there are (the workshop shows boards), so finding no cycle means something.
    expect(graph.get('workshop')).toContain('board');
    expect(cycles(graph)).toEqual([]);
  });
});
