import type { Exported } from './api.ts';

/** Offers a file the background built for download (an object URL, revoked once the download has started). */
export function download(file: Exported): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
