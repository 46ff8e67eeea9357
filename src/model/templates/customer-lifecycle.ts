// METHOD.md §11: the customer lifecycle as stages, with typical touchpoints left unscored.

import type { Journey } from '../types.ts';
import { buildJourney, type JourneySpec, type TemplateOptions } from './build.ts';

const SPEC: JourneySpec = {
  id: 'customer-lifecycle',
  name: 'Customer lifecycle',
  stages: [
    {
      name: 'Acquisition',
      touchpoints: [
        { name: 'Advertising', channel: 'Media' },
        { name: 'Website', channel: 'Online' },
        { name: 'Sign-up', channel: 'Online' },
      ],
    },
    {
      name: 'Growth',
      touchpoints: [
        { name: 'Onboarding', channel: 'Email' },
        { name: 'First purchase', channel: 'Store' },
        { name: 'Cross-sell offer', channel: 'Email' },
      ],
    },
    {
      name: 'Maturity',
      touchpoints: [
        { name: 'Loyalty programme', channel: 'App' },
        { name: 'Customer service', channel: 'Phone' },
      ],
    },
    {
      name: 'Decline',
      touchpoints: [
        { name: 'Complaint handling', channel: 'Phone' },
        { name: 'Win-back offer', channel: 'Email' },
      ],
    },
    {
      name: 'Exit',
      touchpoints: [
        { name: 'Cancellation', channel: 'Online' },
        { name: 'Exit survey', channel: 'Email' },
      ],
    },
  ],
};

/** Acquisition, growth, maturity, decline, exit: a frame to score in a workshop. */
export function customerLifecycle(options?: TemplateOptions): Journey {
  return buildJourney(SPEC, options);
}
