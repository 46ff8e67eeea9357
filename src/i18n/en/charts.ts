// English messages of the charts (src/charts).
export const charts = {
} as const;
