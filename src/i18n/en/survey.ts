// English messages of the survey import and voice-of-the-customer views (src/survey).
export const survey = {
} as const;
