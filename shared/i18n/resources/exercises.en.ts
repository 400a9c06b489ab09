/** English text of the role swap, agreements, metrics, health check, plan features, under `exercises.` in i18n. */
export const exercisesEn = {
  placeholder: '',
};
