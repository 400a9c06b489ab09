/** English text of the agenda, phases, timer, voting, projector features, under `facilitation.` in i18n. */
export const facilitationEn = {
  placeholder: '',
};
