// METHOD.md as code: the public API of the method modules.

export * from './scales.ts';
export { isScored, mean, atLeast, exceeds, TOLERANCE } from './numbers.ts';
export * from './remembered.ts';
export * from './zone.ts';
export * from './touchpoint.ts';
export * from './errors.ts';
export * from './path.ts';
export * from './journey-figures.ts';
export * from './ipa.ts';
export * from './recommendations.ts';
export * from './analysis.ts';
export * from './report.ts';
