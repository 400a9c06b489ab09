import { SKIPPED_JOIN, type Attack, type AttackContext } from './attacker';
import { ATTACKS } from './attacks';
import { sleep } from './util';

export interface AttackReport {
  name: string;
  expected: string;
  runs: number;
  /** Runs that could not attack (e.g. the facilitator did not answer a join in time). */
  skipped: number;
  asDesigned: number;
  outcomes: Record<string, number>;
}

/**
 * Runs attacks from `clients` hostile clients (attack i on client i, round
 * robin), each again and again with pauses until `over` resolves (or once),
 * at most `maxRuns` times each.
 */
export async function attackDuring(base: Omit<AttackContext, 'address'>, clients: number, address: (index: number) => string, options: { pauseMs: number; maxRuns: number; attacks?: Attack[] }): Promise<AttackReport[]> {
  const attacks = options.attacks ?? ATTACKS;
  const reports = new Map<string, AttackReport>(attacks.map((attack) => [attack.name, { name: attack.name, expected: attack.expected, runs: 0, skipped: 0, asDesigned: 0, outcomes: {} }]));
  let over = false;
  void base.over.then(() => (over = true));
  await Promise.all(
    Array.from({ length: clients }, async (_, index) => {
      const attack = attacks[index % attacks.length]!;
      const report = reports.get(attack.name)!;
      const context: AttackContext = { ...base, address: address(index) };
      let runs = 0;
      // Bounded twice: at most maxRuns attacks, and at most 2,000 turns of waiting for the right stage.
      for (let turn = 0; !over && turn < 2_000; turn++) {
        if (attack.when && context.stage() !== attack.when) {
          await Promise.race([sleep(300), base.over]);
          continue;
        }
        const outcome = await attack.run(context).catch((error: unknown) => `threw ${String(error)}`);
        if (outcome.startsWith('skipped')) {
          if (outcome === SKIPPED_JOIN) report.skipped++;
          await Promise.race([sleep(500), base.over]);
          continue;
        }
        report.runs++;
        report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
        if (outcome === attack.expected) report.asDesigned++;
        if (attack.once || ++runs >= options.maxRuns) break;
        await Promise.race([sleep(options.pauseMs * (0.5 + Math.random())), base.over]);
      }
    }),
  );
  return [...reports.values()].filter((report) => report.runs > 0 || attacks.length <= clients);
}
