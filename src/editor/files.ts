// Files leave the machine only when the user asks: a download of a journey, a chart, a table.

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** A safe file name from a journey name: keeps letters of any script, digits, spaces and dashes. */
export function fileNameFor(name: string, extension: string): string {
  const base = name.normalize('NFC').replace(/[^\p{L}\p{N} _-]+/gu, ' ').trim().replace(/\s+/g, '-').slice(0, 80);
  return `${base || 'journey'}.${extension}`;
}

/** Reads a file the user picked, as text. */
export function readFileText(file: Blob): Promise<string> {
  return file.text();
}
