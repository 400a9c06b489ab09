import type { Shape } from './en';
import type { facilitationEn } from './facilitation.en';

/** Polish text of the agenda, phases, timer, voting, projector features; the type keeps it complete. */
export const facilitationPl: Shape<typeof facilitationEn> = {
  placeholder: '',
};
