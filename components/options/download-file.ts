/** Saves text as a file through the browser's download flow, without the downloads permission. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking right after click can cancel the download in Firefox; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
