// Patterns method names (issue 5). Keep in step with contract/patterns.ts.
export const patternsMethods = ['patternsOverview', 'patternsPreferences', 'patternsSetPreferences'] as const;
