import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, checkText, type TextField as FieldName } from '@shared/model/limits';

interface TextFieldProps {
  label: string;
  field: FieldName;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** Show the error once the user tried to submit. */
  showError: boolean;
  autoFocus?: boolean;
}

/** A labelled input that states its limit and says clearly what is wrong. Nothing is cut silently. */
export function TextField({ label, field, value, onChange, required = true, showError, autoFocus }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const check = checkText(field, value, required);
  const tooLong = !check.ok && check.code === 'textTooLong';
  const error = !check.ok && (showError || tooLong) ? t(`errors.${check.code}`, { max: LIMITS[field] }) : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-autofocus={autoFocus || undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
