/** English text of the report, export, import, backups features, under `transfer.` in i18n. */
export const transferEn = {
  placeholder: '',
};
