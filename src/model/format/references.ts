// The rules a schema cannot see (FORMAT.md "ids"): ids are unique within their list, and
// stageId / from / to / touchpointIds name records that exist. Runs on a journey whose shape the
// schema has accepted; returns every error, in document order.

import type { Journey } from '../types.ts';
import { message } from '../messages.ts';
import { fieldIssue, type FileIssue, type PathSegment } from './path-text.ts';

interface Record_ {
  readonly id: string;
}

/** The ids of a list, reporting each repeated id at its second (and later) use. */
function uniqueIds(list: readonly Record_[], path: readonly PathSegment[], errors: FileIssue[]): Set<string> {
  const seen = new Set<string>();
  list.forEach((record, index) => {
    if (seen.has(record.id)) errors.push(fieldIssue([...path, index, 'id'], message('model.file.usedTwice', { id: JSON.stringify(record.id) })));
    seen.add(record.id);
  });
  return seen;
}

function mustName(ids: ReadonlySet<string>, id: string, what: 'stage' | 'touchpoint', path: readonly PathSegment[], errors: FileIssue[]): void {
  if (!ids.has(id)) errors.push(fieldIssue(path, message('model.file.namesNo', { id: JSON.stringify(id), what: message(`model.record.${what}`) })));
}

export function referenceErrors(journey: Journey): FileIssue[] {
  const errors: FileIssue[] = [];
  const base = ['journey'];
  const stageIds = uniqueIds(journey.stages, [...base, 'stages'], errors);
  const touchpointIds = uniqueIds(journey.touchpoints, [...base, 'touchpoints'], errors);

  journey.touchpoints.forEach((touchpoint, index) => {
    const path = [...base, 'touchpoints', index];
    if (typeof touchpoint.stageId === 'string') mustName(stageIds, touchpoint.stageId, 'stage', [...path, 'stageId'], errors);
    if (touchpoint.moments) uniqueIds(touchpoint.moments, [...path, 'moments'], errors);
  });

  uniqueIds(journey.links, [...base, 'links'], errors);
  journey.links.forEach((link, index) => {
    mustName(touchpointIds, link.from, 'touchpoint', [...base, 'links', index, 'from'], errors);
    mustName(touchpointIds, link.to, 'touchpoint', [...base, 'links', index, 'to'], errors);
  });

  const paths = journey.paths ?? [];
  uniqueIds(paths, [...base, 'paths'], errors);
  paths.forEach((path, index) => {
    path.touchpointIds.forEach((id, position) => {
      mustName(touchpointIds, id, 'touchpoint', [...base, 'paths', index, 'touchpointIds', position], errors);
    });
  });
  return errors;
}
