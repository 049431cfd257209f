// Patterns method names. Keep in step with contract/patterns.ts.
export const patternsMethods = ['patternsOverview', 'patternsPreferences', 'patternsSetPreferences'] as const;
