// Which column rates each touchpoint or moment, and its brand-delivery column: one row per target
// of the journey, so one target never has two rating columns. Targets stay in journey order.
import { t } from '../../i18n/index.ts';
import type { JourneySurveyMapping, SurveyTarget } from '../../model/survey/index.ts';
import type { Journey } from '../../model/types.ts';
import type { ColumnProfile } from '../model/column-profile.ts';
import { journeyTargets, targetKey, type TargetSlot } from '../model/targets.ts';
import { ColumnSelect } from './column-select.tsx';
import { targetLabel } from './texts.ts';

export interface TargetsEditorProps {
  journey: Journey;
  mapping: JourneySurveyMapping;
  columns: readonly ColumnProfile[];
  onChange: (targets: SurveyTarget[]) => void;
}

export function TargetsEditor({ journey, mapping, columns, onChange }: TargetsEditorProps) {
  const slots = journeyTargets(journey);
  const byKey = new Map(mapping.targets.map((target) => [targetKey(target), target]));
  const update = (slot: TargetSlot, rating: string | null, brand: string | null) => {
    const next = new Map(byKey);
    if (rating === null) next.delete(slot.key);
    else next.set(slot.key, { touchpointId: slot.touchpointId, momentId: slot.momentId, rating, brand });
    const order = new Map(slots.map((s, i) => [s.key, i]));
    onChange([...next.values()].sort((a, b) => (order.get(targetKey(a)) ?? 1e9) - (order.get(targetKey(b)) ?? 1e9)));
  };
  return (
    <table className="data survey-targets">
      <thead>
        <tr>
          <th scope="col">{t('survey.map.target')}</th>
          <th scope="col">{t('survey.map.rating')}</th>
          <th scope="col">{t('survey.map.brand')}</th>
        </tr>
      </thead>
      <tbody>
        {slots.map((slot) => {
          const target = byKey.get(slot.key);
          const label = targetLabel(slot.touchpointName, slot.momentName);
          return (
            <tr key={slot.key} className={slot.momentId ? 'moment-row' : undefined}>
              <th scope="row">{slot.momentName ?? slot.touchpointName}</th>
              <td>
                <ColumnSelect hideLabel label={t('survey.map.ratingFor', { target: label })} value={target?.rating ?? null}
                  columns={columns} onChange={(rating) => update(slot, rating, target?.brand ?? null)} />
              </td>
              <td>
                <ColumnSelect hideLabel label={t('survey.map.brandFor', { target: label })} value={target?.brand ?? null}
                  columns={columns} disabled={!target} onChange={(brand) => target && update(slot, target.rating, brand)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
