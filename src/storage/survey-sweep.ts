// Surveys belong to a journey. Deleting a journey can be undone from the library, so its surveys are
// kept then; at the next start, surveys whose journey is gone for good are removed.
import type { JourneyStore } from './store.ts';
import type { SurveyStore } from './survey-store.ts';

/** Removes the surveys of journeys that are no longer stored; returns how many were removed. */
export async function sweepOrphanSurveys(journeys: JourneyStore, surveys: SurveyStore): Promise<number> {
  const kept = new Set((await journeys.listJourneys()).map((j) => j.id));
  const orphans = (await surveys.listAll()).filter((s) => !kept.has(s.journeyId));
  for (const survey of orphans) await surveys.remove(survey.id);
  return orphans.length;
}
