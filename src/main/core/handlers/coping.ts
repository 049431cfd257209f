import type { HandlerGroup } from './types.ts';
import type { copingMethods } from '../../../shared/contract/methods/coping.ts';

// Coping box, urge timer and safety plan handlers (issue 4).
export const copingHandlers: HandlerGroup<(typeof copingMethods)[number]> = {};
