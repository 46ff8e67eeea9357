// The journey figures as the summary shows them (pure): one decimal, U+2212 minus, "—" when missing.

import { formatNumber, formatPercent, t } from '../../i18n/index.ts';
import { balanceKindOf, type JourneyFigures } from '../../model/method/index.ts';

export interface SummaryItem {
  key: keyof JourneyFigures;
  label: string;
  value: string;
  /** A short reading of the value (e.g. "balanced"), or null. */
  note: string | null;
  /** What the figure is, in plain words. */
  hint: string;
}

function balanceNote(balance: number | null): string | null {
  switch (balanceKindOf(balance)) {
    case 'balanced': return t('summary.balanced');
    case 'brand-centric': return t('summary.brandCentric');
    case 'customer-centric': return t('summary.customerCentric');
    default: return null;
  }
}

export function summaryItems(figures: JourneyFigures): SummaryItem[] {
  return [
    { key: 'cei', label: t('summary.cei'), value: formatNumber(figures.cei, 1), note: null, hint: t('summary.ceiHint') },
    { key: 'bei', label: t('summary.bei'), value: formatNumber(figures.bei, 1), note: null, hint: t('summary.beiHint') },
    { key: 'balance', label: t('summary.balance'), value: formatNumber(figures.balance, 1), note: balanceNote(figures.balance), hint: t('summary.balanceHint') },
    { key: 'effectiveShare', label: t('summary.effectiveShare'), value: formatPercent(figures.effectiveShare, 1), note: null, hint: t('summary.effectiveShareHint') },
    {
      key: 'unbrandedCount',
      label: t('summary.unbrandedCount'),
      value: formatNumber(figures.unbrandedCount, 0),
      note: null,
      hint: t('summary.unbrandedCountHint'),
    },
    { key: 'rememberedEmotion', label: t('summary.remembered'), value: formatNumber(figures.rememberedEmotion, 1), note: null, hint: t('summary.rememberedHint') },
    { key: 'averageEmotion', label: t('summary.average'), value: formatNumber(figures.averageEmotion, 1), note: null, hint: t('summary.averageHint') },
  ];
}
