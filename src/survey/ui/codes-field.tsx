// Not-applicable codes as comma-separated text; the person's text is kept while typing.
import { useEffect, useId, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { parseCodes } from './texts.ts';

export function CodesField({ label, codes, onChange }: { label: string; codes: readonly string[]; onChange: (codes: string[]) => void }) {
  const id = useId();
  const [text, setText] = useState(codes.join(', '));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(codes.join(', '));
  }, [codes, focused]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={text} aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseCodes(e.target.value);
          if (next.join('\n') !== codes.join('\n')) onChange(next);
        }}
        onFocus={() => setFocused(true)} onBlur={() => setFocused(false)} />
      <div className="field-hint" id={`${id}-hint`}>{t('survey.map.naHint')}</div>
    </div>
  );
}
