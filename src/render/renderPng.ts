import { existsSync } from 'node:fs';

/** Fonts resvg is given by file: Debian's DejaVu (fonts-dejavu-core), when installed. */
export const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];

/**
 * A standalone SVG (from renderSvg) as PNG bytes through resvg, at `scale` × its size. Fonts:
 * DejaVu by file when present, else the system's; resvg draws no text at all without one, so
 * a missing font is worth the slower system scan.
 */
export async function renderPng(svg: string, scale = 2): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles,
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: fontFiles.length ? 'DejaVu Sans' : 'sans-serif',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
