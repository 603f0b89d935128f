/**
 * Writes text to the clipboard: the async Clipboard API first, then a hidden textarea and
 * execCommand('copy') inside the extension's own shadow root (never in the page's DOM).
 */
export async function copyText(
  text: string,
  container: Node | null,
  doc: Document = document,
  nav: Navigator = navigator,
): Promise<boolean> {
  try {
    if (nav.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no focus, no permission): try the old way.
  }
  if (!container) return false;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  container.appendChild(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
