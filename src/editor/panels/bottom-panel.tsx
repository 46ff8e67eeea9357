import type { JourneyAnalysis } from '../../model/method/index.ts';
export function BottomPanel(_props: { analysis: JourneyAnalysis }) {
  return null;
}
