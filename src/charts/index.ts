// Charts and insights: the public API of src/charts (see README.md).

// Components
export { JourneyEmotionCurve, type JourneyEmotionCurveProps } from './emotion-curve/JourneyEmotionCurve.tsx';
export { TouchpointEmotionCurve, type TouchpointEmotionCurveProps } from './emotion-curve/TouchpointEmotionCurve.tsx';
export { CeiBeiQuadrant, type CeiBeiQuadrantProps } from './cei-bei/CeiBeiQuadrant.tsx';
export { IpaQuadrant, type IpaQuadrantProps } from './ipa/IpaQuadrant.tsx';
export { JourneySummary, type JourneySummaryProps } from './summary/JourneySummary.tsx';
export { RecommendationList, type RecommendationListProps } from './recommendations/RecommendationList.tsx';
export { HelpPanel, type HelpPanelProps } from './help/HelpPanel.tsx';
export { ChartExportButtons, type ChartExportButtonsProps } from './export/ChartExportButtons.tsx';

// Export: exportChartSvg (export/export-svg.tsx) pulls in react-dom/server, and svgToPngBlob and
// downloadBlob are only needed on a click, so ChartExportButtons loads them lazily. They are not
// re-exported here: a static re-export would put react-dom/server in the main bundle.
export type { ExportSvgOptions } from './export/export-svg.tsx';
export { svgSize, fileNameOf } from './export/svg-size.ts';

// Pure geometry (for tests, benches and other views)
export * from './emotion-curve/curve-geometry.ts';
export * from './emotion-curve/from-analysis.ts';
export * from './cei-bei/quadrant-geometry.ts';
export * from './cei-bei/from-analysis.ts';
export * from './ipa/ipa-geometry.ts';
export * from './ipa/from-analysis.ts';
export * from './summary/summary-items.ts';
export * from './recommendations/recommendation-text.ts';
export * from './shared/label-layout.ts';
export { bubbleRadius, layoutBubbleLabels, type TextLabel, type BubbleInput, type AreaLabelInput } from './shared/bubbles.ts';
export { textWidth, truncate, wrap, lineHeight } from './shared/text-metrics.ts';
export { formatSigned, formatValue } from './shared/format.ts';
export { ZONE_COLOURS, ZONE_FILLS, ZONE_TEXT } from './shared/theme.ts';
export { ChartModeContext, useChartMode, type ChartMode } from './shared/chart-mode.ts';
export type { LegendItem, SwatchKind } from './shared/legend.ts';
export type { SelectHandler } from './shared/ChartPoint.tsx';
