/**
 * Saves bytes the backend sent as base64 through the browser's download: a save dialog in
 * Electron (which then opens the file), the downloads folder in browser mode.
 */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  save(fileName, new Blob([bytes], { type }));
}

/** Saves text (a calendar file) the same way. */
export function downloadText(fileName: string, text: string, type: string): void {
  save(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

function save(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
