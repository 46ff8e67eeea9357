// METHOD.md §11: the real-estate touchpoint phases of seed 003 (a developer's customer-relationship
// procedure: project preparation, sales preparation, signing, waiting after sale, handover, warranty
// service, living and follow-up visits), with typical touchpoints from that text, unscored.

import type { Journey } from '../types.ts';
import { buildJourney, type JourneySpec, type TemplateOptions } from './build.ts';

const SPEC: JourneySpec = {
  id: 'real-estate',
  name: 'Real-estate purchase',
  stages: [
    {
      name: 'Project preparation',
      touchpoints: [
        { name: 'Project website', channel: 'Online' },
        { name: 'Customer club events', channel: 'Events' },
      ],
    },
    {
      name: 'Sales preparation',
      touchpoints: [
        { name: 'Sales office & show flat', channel: 'Sales office' },
        { name: 'Client service manager', channel: 'In person' },
      ],
    },
    {
      name: 'Signing',
      touchpoints: [
        {
          name: 'Subscription & contract signing',
          channel: 'Sales office',
          moments: [
            { name: 'Sales service' },
            { name: 'Contract signing' },
            { name: 'Payment & finance' },
            { name: "Lawyer's office" },
            { name: 'Bank mortgage' },
          ],
        },
        { name: 'Satisfaction call-back', channel: 'Phone' },
      ],
    },
    {
      name: 'Waiting after sale',
      touchpoints: [
        { name: 'Progress updates (SMS & letters)', channel: 'SMS & mail' },
        { name: 'Construction site open day', channel: 'Events' },
      ],
    },
    {
      name: 'Handover',
      touchpoints: [
        { name: 'Handover inspection', channel: 'On site' },
        { name: 'Moving in & renovation', channel: 'On site' },
      ],
    },
    {
      name: 'Warranty service',
      touchpoints: [
        { name: 'Repair request', channel: 'Phone' },
        { name: 'Complaint handling', channel: 'Phone' },
      ],
    },
    {
      name: 'Living and follow-up visits',
      touchpoints: [
        { name: 'Property management', channel: 'On site' },
        { name: 'Follow-up visit', channel: 'In person' },
        { name: 'Owners’ forum', channel: 'Events' },
      ],
    },
  ],
};

/** A home buyer's journey with a developer, from project launch to living in the home. */
export function realEstate(options?: TemplateOptions): Journey {
  return buildJourney(SPEC, options);
}
