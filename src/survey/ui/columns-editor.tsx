// Weight column, segment columns, the ratings' NA codes and the scale (inferred, editable).
import { useEffect, useId, useState } from 'react';
import { formatScore, parseUserNumber, t } from '../../i18n/index.ts';
import type { JourneySurveyMapping, Scale } from '../../model/survey/index.ts';
import { isSegmentLike, type ColumnProfile } from '../model/column-profile.ts';
import { CodesField } from './codes-field.tsx';
import { ColumnSelect } from './column-select.tsx';

export interface ColumnsEditorProps {
  mapping: JourneySurveyMapping;
  columns: readonly ColumnProfile[];
  inferred: Scale | null;
  onChange: (patch: Partial<JourneySurveyMapping>) => void;
}

export function ColumnsEditor({ mapping, columns, inferred, onChange }: ColumnsEditorProps) {
  const segmentColumns = columns.filter(isSegmentLike);
  const toggleSegment = (name: string, on: boolean) =>
    onChange({ segments: on ? [...mapping.segments, name] : mapping.segments.filter((s) => s !== name) });
  return (
    <div className="survey-columns">
      <ColumnSelect label={t('survey.map.weight')} value={mapping.weight} columns={columns.filter((c) => c.mostlyNumeric)}
        onChange={(weight) => onChange({ weight })} />
      <CodesField label={t('survey.map.ratingNa')} codes={mapping.ratingNa} onChange={(ratingNa) => onChange({ ratingNa })} />
      <ScaleField scale={mapping.scale} inferred={inferred} onChange={(scale) => onChange({ scale })} />
      <fieldset className="survey-segment-columns">
        <legend>{t('survey.map.segments')}</legend>
        {segmentColumns.length === 0 && <p className="field-hint">{t('survey.map.segmentsNone')}</p>}
        {segmentColumns.map((c) => (
          <label key={c.index} className="check">
            <input type="checkbox" checked={mapping.segments.includes(c.name)} onChange={(e) => toggleSegment(c.name, e.target.checked)} />
            {c.name}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

function ScaleField({ scale, inferred, onChange }: { scale: Scale | null; inferred: Scale | null; onChange: (scale: Scale | null) => void }) {
  const id = useId();
  const shown = scale ?? inferred;
  const [lo, setLo] = useState(shown ? formatScore(shown[0]) : '');
  const [hi, setHi] = useState(shown ? formatScore(shown[1]) : '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (scale === null) {
      setLo(inferred ? formatScore(inferred[0]) : '');
      setHi(inferred ? formatScore(inferred[1]) : '');
      setInvalid(false);
    }
  }, [scale, inferred]);
  const commit = (loText: string, hiText: string) => {
    const a = parseUserNumber(loText);
    const b = parseUserNumber(hiText);
    const ok = a !== null && b !== null && a < b;
    setInvalid(!ok);
    if (!ok) return;
    onChange(inferred && a === inferred[0] && b === inferred[1] ? null : [a, b]);
  };
  return (
    <fieldset className="survey-scale">
      <legend>{t('survey.map.scale')}</legend>
      <p className="field-hint">{inferred ? t('survey.map.scaleInferred', { lo: formatScore(inferred[0]), hi: formatScore(inferred[1]) }) : t('survey.map.scaleUnknown')}</p>
      <div className="survey-scale-inputs">
        <div className="field">
          <label htmlFor={`${id}-lo`}>{t('survey.map.scaleLo')}</label>
          <input id={`${id}-lo`} inputMode="decimal" value={lo} aria-invalid={invalid}
            onChange={(e) => { setLo(e.target.value); commit(e.target.value, hi); }} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-hi`}>{t('survey.map.scaleHi')}</label>
          <input id={`${id}-hi`} inputMode="decimal" value={hi} aria-invalid={invalid}
            onChange={(e) => { setHi(e.target.value); commit(lo, e.target.value); }} />
        </div>
        {scale !== null && <button type="button" className="link" onClick={() => onChange(null)}>{t('survey.map.scaleReset')}</button>}
      </div>
      {invalid && <div className="field-error" role="alert">{t('survey.map.scaleInvalid')}</div>}
    </fieldset>
  );
}
