// Fields of the journey itself: name, brand values, settings.

import type { IpaCut, Settings } from '../types.ts';
import { THRESHOLD_RANGE } from '../format/ranges.ts';
import { defineCommand } from './command.ts';
import { CommandError } from './errors.ts';
import { assignFields, checkPatchKeys, checkRange, checkText, sameList } from './validate.ts';

export const renameJourney = defineCommand<{ name: string }>('renameJourney', (draft, { name }) => {
  checkText('name', 'model.label.name', name);
  draft.name = name;
});

export const setBrandValues = defineCommand<{ values: readonly string[] }>('setBrandValues', (draft, { values }) => {
  const list: unknown = values;
  if (!Array.isArray(list)) throw new CommandError('invalid', 'model.command.brandValues', {}, 'brandValues');
  list.forEach((value) => checkText('brandValues', 'model.label.brandValue', value));
  if (!sameList(draft.brandValues, values)) draft.brandValues = [...values];
});

const IPA_CUTS: readonly IpaCut[] = ['mean', 'midpoint'];
const SETTING_KEYS = ['brandedThreshold', 'unbrandedThreshold', 'ipaCut'];

/** Changes some settings; a setting given as `undefined` goes back to its default. */
export const setSettings = defineCommand<Partial<Settings>>('setSettings', (draft, patch) => {
  checkPatchKeys(patch, []);
  for (const key of Object.keys(patch)) {
    if (!SETTING_KEYS.includes(key)) throw new CommandError('invalid', 'model.command.notSetting', { key }, key);
  }
  const { brandedThreshold, unbrandedThreshold, ipaCut } = patch;
  if (brandedThreshold !== undefined) checkRange('brandedThreshold', 'model.label.brandedThreshold', brandedThreshold, THRESHOLD_RANGE);
  if (unbrandedThreshold !== undefined) checkRange('unbrandedThreshold', 'model.label.unbrandedThreshold', unbrandedThreshold, THRESHOLD_RANGE);
  if (ipaCut !== undefined && !IPA_CUTS.includes(ipaCut)) {
    throw new CommandError('invalid', 'model.command.ipaCut', {}, 'ipaCut');
  }
  assignFields((draft.settings ??= {}), patch);
});
