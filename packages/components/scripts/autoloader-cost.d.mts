export interface Transfer {
  min: number;
  gzip: number;
  brotli: number;
  files: number;
}
export function filesForTags(distDir: string, tags: string[]): string[];
export function transferForTags(distDir: string, tags: string[]): Transfer;
export function autoloaderTags(distDir: string): string[];
