import { useEffect, useId, useState } from 'react';
import { formatScore, parseUserNumber, t } from '../../i18n/index.ts';

export interface NumberFieldProps {
  label: string;
  value: number | null | undefined;
  /** Message for a value that is not allowed (out of range, not a number); null when fine. */
  validate: (value: number | null) => string | null;
  /** Called with a valid value only: an invalid one is shown with its message and never stored. */
  onCommit: (value: number | null) => void;
  optional?: boolean;
  hint?: string;
  disabled?: boolean;
}

/**
 * A score input: typing stores each valid value (one undo step per burst, see the editor store),
 * a value out of range or not a number shows a message naming the range and is not stored.
 */
export function NumberField({ label, value, validate, onCommit, optional = true, hint, disabled }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => formatScore(value).replace('—', ''));
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);

  // Follow the document (undo, another tab, a moment change) unless the person is typing.
  useEffect(() => {
    if (!focused) {
      setText(value === null || value === undefined ? '' : formatScore(value));
      setError(null);
    }
  }, [value, focused]);

  const change = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    if (trimmed === '') {
      if (optional) { setError(null); onCommit(null); } else setError(validate(null));
      return;
    }
    const n = parseUserNumber(trimmed);
    if (n === null) { setError(t('field.notANumber', { field: label })); return; }
    const message = validate(n);
    setError(message);
    if (message === null) onCommit(n);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} inputMode="decimal" value={text} disabled={disabled}
        aria-invalid={error !== null} aria-describedby={error ? `${id}-err` : hint ? `${id}-hint` : undefined}
        onChange={(e) => change(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => { setFocused(false); }}
        onKeyDown={(e) => { if (e.key === 'Escape') (e.target as HTMLInputElement).blur(); }} />
      {error ? <div className="field-error" id={`${id}-err`} role="alert">{error}</div>
        : hint ? <div className="field-hint" id={`${id}-hint`}>{hint}</div> : null}
    </div>
  );
}
