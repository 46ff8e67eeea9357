// An empty journey: no stages, no touchpoints, default settings.

import type { Journey } from '../types.ts';
import { buildJourney, type TemplateOptions } from './build.ts';

export function blankJourney(options?: TemplateOptions): Journey {
  return buildJourney({ id: 'blank', name: 'Untitled journey', stages: [] }, options);
}
