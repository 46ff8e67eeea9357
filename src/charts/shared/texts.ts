// Texts shared by the charts, from the message catalogue.

import { t } from '../../i18n/index.ts';
import type { Zone } from '../../model/method/index.ts';

/** Lower-case zone name as used inside sentences and titles ("un-branded"). */
export function zoneWord(zone: Zone | null): string {
  switch (zone) {
    case 'branded': return t('chart.zone.branded');
    case 'non-branded': return t('chart.zone.nonBranded');
    case 'un-branded': return t('chart.zone.unBranded');
    default: return t('chart.zone.none');
  }
}

/** Zone name as a heading ("Un-branded"). */
export function zoneName(zone: Zone): string {
  switch (zone) {
    case 'branded': return t('chart.zoneName.branded');
    case 'non-branded': return t('chart.zoneName.nonBranded');
    default: return t('chart.zoneName.unBranded');
  }
}

export function nameList(names: readonly string[]): string {
  return names.join(t('chart.listSeparator'));
}
