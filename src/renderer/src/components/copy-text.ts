/** Copies text to the clipboard; where the async clipboard is denied, selects `fallbackNode` and copies that. */
export async function copyText(text: string, fallbackNode: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some shells deny the async clipboard; the old selection copy still works there.
    if (!fallbackNode) return false;
    selectContents(fallbackNode);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function selectContents(node: HTMLElement | null): void {
  if (!node) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
