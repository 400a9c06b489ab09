/**
 * A rule of the domain was broken (empty note, unknown column…). `code` is an
 * i18n key under `errors.` so the UI can say what happened in the user's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export type DomainErrorCode =
  | 'textRequired'
  | 'textTooLong'
  | 'notFound'
  | 'lastColumn'
  | 'invalidDate'
  | 'invalidColor'
  | 'tooManyNotes';
