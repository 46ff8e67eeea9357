import { memo } from 'react';
import { Handle, Position, useStore, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { t, formatScore } from '../../i18n/index.ts';
import type { Zone } from '../../model/method/index.ts';

export interface TouchpointNodeData extends Record<string, unknown> {
  name: string;
  channel: string;
  e: number | null;
  b: number | null;
  w: number;
  zone: Zone | null;
  momentCount: number;
  isPeak: boolean;
  isEnd: boolean;
}

export type TouchpointFlowNode = Node<TouchpointNodeData, 'touchpoint'>;

// Scores are a handful of distinct values (whole numbers, a few averages): format each once, not
// three Intl calls per node per render (thousands on a large journey's first render).
const scoreTexts = new Map<number | null, string>();
function scoreText(value: number | null): string {
  let text = scoreTexts.get(value);
  if (text === undefined) {
    text = formatScore(value);
    if (scoreTexts.size < 512) scoreTexts.set(value, text);
  }
  return text;
}

/**
 * Below this zoom a node's small print (channel, scores, zone word, badges) is under 6 px on screen,
 * so the node draws only its name, large, on its zone colour: the same box and handles, so links do
 * not move when the zoom crosses it. A fitted 2,000-touchpoint journey is at zoom 0.05.
 */
export const DETAIL_ZOOM = 0.45;
const detailedSelector = (s: ReactFlowState) => s.transform[2] >= DETAIL_ZOOM;

/**
 * The name as the zoomed-out node shows it: at most three lines of the large type, cut with an
 * ellipsis (wide CJK characters count double). Cut in script, not with CSS line-clamp: clipping
 * (overflow: hidden) on thousands of nodes halves the frame rate of a pan in Chromium.
 */
export function compactName(name: string, budget = 30): string {
  let used = 0;
  let i = 0;
  for (const ch of name) {
    const cost = ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
    if (used + cost > budget) return `${name.slice(0, i).trimEnd()}…`;
    used += cost;
    i += ch.length;
  }
  return name;
}

// A large journey shows thousands of these at once: keep the markup lean (no wrapper or flex
// layout the content does not need) and the CSS cheap to paint (styles.css, "Canvas").
function TouchpointNodeView({ data, selected }: NodeProps<TouchpointFlowNode>) {

  const detailed = useStore(detailedSelector);
  const zoneClass = data.zone ? `zone-${data.zone}` : 'zone-none';
  const zoneLabel = data.zone ? t(`zone.${data.zone}`) : t('zone.none');
  const name = data.name || t('node.unnamed');
  if (!detailed) {
    const marks = `${data.isPeak ? ' is-peak' : ''}${data.isEnd ? ' is-end' : ''}`;
    return (
      <div className={`tp-node tp-node-compact ${zoneClass}${marks}${selected ? ' selected' : ''}`}
        aria-label={t('node.aria', { name: data.name, zone: zoneLabel })}>
        <Handle type="target" position={Position.Left} aria-label={t('node.handleIn')} />
        <div className="tp-node-name">{compactName(name)}</div>
        <Handle type="source" position={Position.Right} aria-label={t('node.handleOut')} />
      </div>
    );
  }
  return (
    <div className={`tp-node ${zoneClass}${selected ? ' selected' : ''}`}
      aria-label={t('node.aria', { name: data.name, zone: zoneLabel })}>
      <Handle type="target" position={Position.Left} aria-label={t('node.handleIn')} />
      {data.isPeak || data.isEnd ? (
        <div className="tp-node-head">
          <span className="tp-node-name">{name}</span>
          {data.isPeak && <span className="badge badge-peak" title={t('node.peakTitle')}>{t('node.peak')}</span>}
          {data.isEnd && <span className="badge badge-end" title={t('node.endTitle')}>{t('node.end')}</span>}
        </div>
      ) : (
        <div className="tp-node-name">{name}</div>
      )}
      {data.channel && <div className="tp-node-channel">{data.channel}</div>}
      <div className="tp-node-scores">
        <span title={t('field.emotion')}>{`e ${scoreText(data.e)}`}</span>
        <span title={t('field.brand')}>{`b ${scoreText(data.b)}`}</span>
        <span title={t('field.importance')}>{`w ${scoreText(data.w)}`}</span>
        {data.momentCount > 0 && (
          <span className="tp-node-moments" title={t('node.momentsTitle', { count: data.momentCount })}>
            {`◆ ${data.momentCount}`}
          </span>
        )}
      </div>
      <div className="tp-node-zone">{zoneLabel}</div>
      <Handle type="source" position={Position.Right} aria-label={t('node.handleOut')} />
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
