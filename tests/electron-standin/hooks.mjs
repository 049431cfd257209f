// Node module-resolution hook: `electron` (from the app or any package) → the stand-in.
const standIn = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standIn, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
