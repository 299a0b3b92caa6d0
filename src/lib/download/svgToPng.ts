/** The smallest width a PNG export gets, whatever the scale: sharp enough for print and slides. */
export const MIN_PNG_WIDTH = 1200;

/** The scale that gives at least MIN_PNG_WIDTH pixels for an image this wide. */
export function pngScale(width: number, scale: number): number {
  return Math.max(scale, MIN_PNG_WIDTH / Math.max(1, width));
}

/** Width and height of a standalone SVG document, from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

/** Rasterises a standalone SVG document in the browser, drawn into a canvas at `scale`. */
export async function svgToPng(svg: string, scale: number, exact = false): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // An export size is drawn at exactly its scale (1080 × 1080 at 1× is 1080 px wide).
    const k = exact ? scale : pngScale(width, scale);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * k);
    canvas.height = Math.round(height * k);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw to a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
