/** Saves `text` as a file through the browser's download, without any permission. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is no longer needed once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
