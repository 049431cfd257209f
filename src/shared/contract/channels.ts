// Channel names only (no zod), so the preload can use them without bundling the schemas.
export const channelPrefix = 'harbor:';
export const eventChannel = 'harbor:event';
