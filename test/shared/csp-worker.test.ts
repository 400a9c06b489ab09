import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

function directives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('the CSP and the import worker', () => {
  it("lets a worker load only from the app's own origin (worker-src falls back to script-src 'self')", () => {
    const csp = directives();
    const effective = csp.get('worker-src') ?? csp.get('child-src') ?? csp.get('script-src') ?? csp.get('default-src');
    expect(effective).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|blob:\s*[^;]*script|\*/);
  });
});
