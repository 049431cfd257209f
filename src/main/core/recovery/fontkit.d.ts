// @foliojs-fork/fontkit ships no types; pdf-lib describes the part of it that it uses.
declare module '@foliojs-fork/fontkit' {
  import type { Fontkit } from 'pdf-lib';
  const fontkit: Fontkit;
  export default fontkit;
}
