// The one way the kit offers a file: a Blob URL on a temporary <a download> inside the element
// (no request, nothing leaves the page). The URL is revoked once the click has been handled.

/** Starts a download of `blob` as `fileName`; the link lives in `container` (the element's shadow root) for the click. */
export function downloadBlob(blob: Blob, fileName: string, container: Node): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download holds its own reference; revoke after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** CSV text as a file; the BOM makes spreadsheet programs read it as UTF-8 (ë, é in Dutch texts). */
export function csvBlob(text: string): Blob {
  return new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
}

export function downloadCsv(text: string, fileName: string, container: Node): void {
  downloadBlob(csvBlob(text), fileName, container);
}
