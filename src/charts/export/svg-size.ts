// The pixel size an exported SVG declares on its root (pure).

export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (root === undefined) throw new Error('Not an SVG document');
  const read = (name: string) => {
    const m = new RegExp(`\\s${name}="([0-9.]+)"`).exec(root);
    return m?.[1] === undefined ? Number.NaN : Number(m[1]);
  };
  const width = read('width');
  const height = read('height');
  if (!(width > 0) || !(height > 0)) throw new Error('The SVG has no explicit width and height');
  return { width, height };
}

/** A file name from a journey or chart name: letters, digits, dashes. */
export function fileNameOf(...parts: string[]): string {
  const name = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return name === '' ? 'chart' : name.slice(0, 80);
}
