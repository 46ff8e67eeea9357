// Journey templates: the table the "New journey" dialog is built from.

import type { Journey } from '../types.ts';
import type { TemplateOptions } from './build.ts';
import { blankJourney } from './blank.ts';
import { customerLifecycle } from './customer-lifecycle.ts';
import { louisVuitton } from './louis-vuitton.ts';
import { realEstate } from './real-estate.ts';

export type { TemplateOptions } from './build.ts';
export { blankJourney, customerLifecycle, louisVuitton, realEstate };

export interface JourneyTemplate {
  id: string;
  name: string;
  description: string;
  /** A fresh journey on every call. */
  create: (options?: TemplateOptions) => Journey;
}

export const TEMPLATES: readonly JourneyTemplate[] = Object.freeze([
  {
    id: 'blank',
    name: 'Blank journey',
    description: 'Start from an empty canvas: add your own stages and touchpoints.',
    create: blankJourney,
  },
  {
    id: 'louis-vuitton',
    name: 'Louis Vuitton multi-channel',
    description:
      'The reference example: anticipation, purchase and consumption across seven channels, scored, with the store visit broken into five moments.',
    create: louisVuitton,
  },
  {
    id: 'customer-lifecycle',
    name: 'Customer lifecycle',
    description: 'Acquisition, growth, maturity, decline and exit, with typical touchpoints to score.',
    create: customerLifecycle,
  },
  {
    id: 'real-estate',
    name: 'Real-estate purchase',
    description:
      'A home buyer with a developer: from project preparation and signing to handover, warranty service and follow-up visits.',
    create: realEstate,
  },
].map((t) => Object.freeze(t)));

/** The template with this id, or `undefined`. */
export function templateById(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
