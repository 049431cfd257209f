// Starter crisis lines, transcribed exactly from docs/crisis-lines.md. A starting point the
// person picks from and edits; numbers change, so the country is always shown beside each.
// Never add entries from memory or old lists.

export interface CrisisLine {
  country: string;
  service: string;
  /** How to reach the service, in the person's words (call, text). */
  reach: string;
  /** Discreet mode's shorter name outside "Need help now?": the number stays, the purpose is not spelled out. */
  discreetService?: string;
}

export const starterCrisisLines: readonly CrisisLine[] = [
  { country: 'United States', service: '988 Suicide & Crisis Lifeline', reach: 'call or text 988', discreetService: '988 Lifeline' },
  { country: 'Canada', service: '9-8-8 Suicide Crisis Helpline', reach: 'call or text 988', discreetService: '9-8-8 Helpline' },
  { country: 'United Kingdom and Ireland', service: 'Samaritans', reach: 'call 116 123 (free, 24/7)' },
  { country: 'Australia', service: 'Lifeline', reach: 'call 13 11 14' },
  { country: 'New Zealand', service: 'Need to talk?', reach: 'call or text 1737' },
];

/** A crisis line's name as shown outside "Need help now?": a starter line's shorter name in discreet mode. */
export function crisisServiceName(service: string, discreetMode: boolean): string {
  if (!discreetMode) return service;
  return starterCrisisLines.find((line) => line.service === service)?.discreetService ?? service;
}

export const checkYourNumber = 'Check the number for where you live: numbers change, and these are only a starting point.';
