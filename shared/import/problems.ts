/**
 * Why a file was refused. `code` is an i18n key under `transfer.import.`; the
 * UI shows the message and that nothing was changed.
 */
export type ImportProblemCode =
  | 'tooLarge'
  | 'notJson'
  | 'notWorkshop'
  | 'unknownVersion'
  | 'hostileKey'
  | 'invalidRecord'
  | 'workshopCount'
  | 'foreignRecord'
  | 'duplicateId'
  | 'brokenReference'
  | 'tooManyNotes';

export interface ImportProblem {
  code: ImportProblemCode;
  params: Record<string, string | number>;
}

export class ImportRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
    this.name = 'ImportRefused';
  }
}

export function refuse(code: ImportProblemCode, params: Record<string, string | number> = {}): never {
  throw new ImportRefused({ code, params });
}
