/** Saving a file the app made: a download named after the board. */

/** "Grupp 3 – Vad krävs?" → "Grupp-3-Vad-kravs": letters and digits kept, å/ä/ö as a/a/o, nothing a file system minds. */
export function fileBaseName(title: string): string {
  const name = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return name === '' ? 'samkarta' : name;
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has taken the URL by the time the click's task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
