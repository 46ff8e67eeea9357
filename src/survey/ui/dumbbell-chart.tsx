// The perception gap as a dumbbell chart: per mapped touchpoint (largest |gap| first) the workshop's
// emotion and the survey's as two dots on one −5…+5 axis, joined by a line. d3-scale computes x;
// React renders the SVG; names are text nodes only.
import { useId } from 'react';
import { scaleLinear } from 'd3-scale';
import { formatNumber, t } from '../../i18n/index.ts';
import { byGap, type ComparisonRow } from '../model/compare.ts';
import { targetLabel } from './texts.ts';

const WIDTH = 640;
const LEFT = 190;
const RIGHT = 56;
const TOP = 30;
const ROW = 26;
const BOTTOM = 34;
const MAX_LABEL = 28;

const short = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

export function DumbbellChart({ rows }: { rows: readonly ComparisonRow[] }) {
  const id = useId();
  const sorted = byGap(rows).filter((row) => row.workshopE !== null || row.surveyE !== null);
  if (sorted.every((row) => row.gap === null)) return <p className="field-hint">{t('survey.gap.none')}</p>;
  const height = TOP + sorted.length * ROW + BOTTOM;
  const x = scaleLinear().domain([-5, 5]).range([LEFT, WIDTH - RIGHT]);
  const ticks = x.ticks(10);
  const axisY = TOP + sorted.length * ROW;
  return (
    <svg className="survey-dumbbell" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{t('survey.gap.title')}</title>
      <desc id={`${id}-d`}>{t('survey.gap.desc')}</desc>
      <g className="legend" transform={`translate(${LEFT}, 12)`}>
        <circle className="dot-workshop" cx={0} cy={0} r={5} />
        <text x={10} y={4}>{t('survey.gap.workshop')}</text>
        <circle className="dot-survey" cx={100} cy={0} r={5} />
        <text x={110} y={4}>{t('survey.gap.survey')}</text>
      </g>
      {ticks.map((tick) => (
        <g key={tick} className="tick">
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={axisY} className={tick === 0 ? 'zero' : undefined} />
          <text x={x(tick)} y={axisY + 14} textAnchor="middle">{formatNumber(tick, 0)}</text>
        </g>
      ))}
      <text className="axis-label" x={(LEFT + WIDTH - RIGHT) / 2} y={axisY + 30} textAnchor="middle">{t('survey.gap.axis')}</text>
      {sorted.map((row, i) => {
        const y = TOP + i * ROW + ROW / 2;
        const name = targetLabel(row.touchpointName, row.momentName);
        const w = row.workshopE === null ? null : x(row.workshopE);
        const s = row.surveyE === null ? null : x(row.surveyE);
        return (
          <g key={row.key} className="row">
            <title>{t('survey.gap.row', { name, workshop: formatNumber(row.workshopE, 1), survey: formatNumber(row.surveyE, 2), gap: formatNumber(row.gap, 1) })}</title>
            <text className="label" x={LEFT - 10} y={y + 4} textAnchor="end">{short(name)}</text>
            {w !== null && s !== null && <line className="bar" x1={w} x2={s} y1={y} y2={y} />}
            {w !== null && <circle className="dot-workshop" cx={w} cy={y} r={5} />}
            {s !== null && <circle className="dot-survey" cx={s} cy={y} r={5} />}
            <text className="gap" x={WIDTH - RIGHT + 8} y={y + 4}>{formatNumber(row.gap, 1)}</text>
          </g>
        );
      })}
    </svg>
  );
}
