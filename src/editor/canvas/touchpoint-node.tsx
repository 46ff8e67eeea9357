import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
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

function TouchpointNodeView({ data, selected }: NodeProps<TouchpointFlowNode>) {
  const zoneClass = data.zone ? `zone-${data.zone}` : 'zone-none';
  const zoneLabel = data.zone ? t(`zone.${data.zone}`) : t('zone.none');
  return (
    <div className={`tp-node ${zoneClass}${selected ? ' selected' : ''}`}
      aria-label={t('node.aria', { name: data.name, zone: zoneLabel })}>
      <Handle type="target" position={Position.Left} aria-label={t('node.handleIn')} />
      <div className="tp-node-head">
        <span className="tp-node-name">{data.name || t('node.unnamed')}</span>
        {data.isPeak && <span className="badge badge-peak" title={t('node.peakTitle')}>{t('node.peak')}</span>}
        {data.isEnd && <span className="badge badge-end" title={t('node.endTitle')}>{t('node.end')}</span>}
      </div>
      {data.channel && <div className="tp-node-channel">{data.channel}</div>}
      <div className="tp-node-scores">
        <span title={t('field.emotion')}>e {formatScore(data.e)}</span>
        <span title={t('field.brand')}>b {formatScore(data.b)}</span>
        <span title={t('field.importance')}>w {formatScore(data.w)}</span>
        {data.momentCount > 0 && (
          <span className="tp-node-moments" title={t('node.momentsTitle', { count: data.momentCount })}>
            ◆ {data.momentCount}
          </span>
        )}
      </div>
      <div className="tp-node-zone">{zoneLabel}</div>
      <Handle type="source" position={Position.Right} aria-label={t('node.handleOut')} />
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
