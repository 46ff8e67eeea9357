// METHOD.md §9: the source's Louis Vuitton multi-channel example, with its illustrative scores.

import type { Journey } from '../types.ts';
import { buildJourney, type JourneySpec, type TemplateOptions } from './build.ts';

const SPEC: JourneySpec = {
  id: 'louis-vuitton',
  name: 'Louis Vuitton multi-channel',
  brandValues: ['trustworthy', 'quality', 'style', 'innovation', 'luxury'],
  stages: [
    {
      name: 'Anticipation',
      touchpoints: [
        { name: 'Advertising', channel: 'Media', emotion: 4, brand: 5, importance: 4 },
        { name: 'PR', channel: 'Press', emotion: 3, brand: 4, importance: 3 },
        { name: 'Celebrity events', channel: 'Events', emotion: 4, brand: 5, importance: 3 },
        { name: 'Website', channel: 'Online', emotion: 1, brand: 0, importance: 2 },
      ],
    },
    {
      name: 'Purchase',
      touchpoints: [
        {
          name: 'Retail store',
          channel: 'Store',
          importance: 5,
          moments: [
            { name: 'Store facade & decor', emotion: 3, brand: 4 },
            { name: 'Product', emotion: 4, brand: 5 },
            { name: 'Price', emotion: -3, brand: 3 },
            { name: 'Service', emotion: -4, brand: 1 },
            { name: 'Status', emotion: 5, brand: 5 },
          ],
        },
      ],
    },
    {
      name: 'Consumption',
      touchpoints: [
        { name: 'Product', channel: 'Product', emotion: 5, brand: 5, importance: 5 },
        { name: 'Call center', channel: 'Phone', emotion: -2, brand: -1, importance: 1 },
      ],
    },
  ],
};

/** The Louis Vuitton example: 3 stages, 7 scored touchpoints, the Retail store with 5 moments. */
export function louisVuitton(options?: TemplateOptions): Journey {
  return buildJourney(SPEC, options);
}
