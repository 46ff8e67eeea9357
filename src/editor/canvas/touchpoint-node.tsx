import { createContext, memo, useContext } from 'react';
import { Handle, Position, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
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
export const detailedSelector = (s: ReactFlowState) => s.transform[2] >= DETAIL_ZOOM;
/**
 * Whether nodes draw their detail: the canvas subscribes to the zoom once and provides it here, so a
 * node needs no store subscription of its own (thousands of them cost more than the node's markup).
 */
export const NodeDetailContext = createContext(true);

/**
 * The name as the zoomed-out node shows it: at most three lines of the large type, cut with an
 * ellipsis (wide CJK characters count double). Cut in script, not with CSS line-clamp: clipping
 * (overflow: hidden) on thousands of nodes halves the frame rate of a pan in Chromium.
 */
export function compactName(name: string, budget = 30): string {
  if (name.length * 2 <= budget) return name;
  let used = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    // A surrogate pair costs its first half's 2 (the second costs 0), so a cut never splits one.
    const cost = code >= 0xdc00 && code <= 0xdfff ? 0 : code >= 0x2e80 ? 2 : 1;
    if (used + cost > budget) return `${name.slice(0, i).trimEnd()}…`;
    used += cost;
  }
  return name;
}

// A large journey shows thousands of these at once: keep the markup lean (no wrapper or flex
// layout the content does not need) and the CSS cheap to paint (styles.css, "Canvas").
function TouchpointNodeView({ data, selected }: NodeProps<TouchpointFlowNode>) {
  const detailed = useContext(NodeDetailContext);
  const zoneClass = data.zone ? `zone-${data.zone}` : 'zone-none';
  const name = data.name || t('node.unnamed');
  if (!detailed) {
    const marks = `${data.isPeak ? ' is-peak' : ''}${data.isEnd ? ' is-end' : ''}`;
    return (
      <div className={`tp-node tp-node-compact ${zoneClass}${marks}${selected ? ' selected' : ''}`}>
        <Handle type="target" position={Position.Left} aria-label={t('node.handleIn')} />
        <div className="tp-node-name">{compactName(name)}</div>
        <Handle type="source" position={Position.Right} aria-label={t('node.handleOut')} />
      </div>
    );
  }
  return (
    <div className={`tp-node ${zoneClass}${selected ? ' selected' : ''}`}>
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
      <div className="tp-node-zone">{data.zone ? t(`zone.${data.zone}`) : t('zone.none')}</div>
      <Handle type="source" position={Position.Right} aria-label={t('node.handleOut')} />
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
