/**
 * A level's plan image as the organizer picks it from their disk: which files
 * are plans (SVG, PNG, JPG), the plan's size in pixels read from the image
 * itself, and where the image lives by default (a `blob:` URL in this browser,
 * until the host saves it beside the feed).
 */

/** What the file input offers. */
export const PLAN_IMAGE_ACCEPT = '.svg,.png,.jpg,.jpeg,image/svg+xml,image/png,image/jpeg';

/** Whether `file` is a plan image the kit can show. */
export function isPlanImage(file: File): boolean {
  return /^image\/(svg\+xml|png|jpeg)$/.test(file.type) || /\.(svg|png|jpe?g)$/i.test(file.name);
}

/** An SVG's own size: its width and height in px, else its viewBox; undefined when it states neither. */
function svgSize(source: string): [number, number] | undefined {
  const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
  if (svg.localName !== 'svg') return undefined;
  const length = (name: string) => {
    const match = /^\s*([\d.]+)\s*(px)?\s*$/.exec(svg.getAttribute(name) ?? '');
    return match ? Number(match[1]) : NaN;
  };
  const w = length('width');
  const h = length('height');
  if (w > 0 && h > 0) return [w, h];
  const box = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box[2] > 0 && box[3] > 0) return [box[2], box[3]];
  return undefined;
}

/**
 * The plan's size in pixels, `[width, height]`: an SVG's stated size (or its
 * viewBox), else the image's natural size as the browser decodes it.
 * Rejects when the file is not an image the browser can read.
 */
export async function readPlanSize(file: File): Promise<[number, number]> {
  if (file.type === 'image/svg+xml' || /\.svg$/i.test(file.name)) {
    const size = svgSize(await file.text());
    if (size) return [Math.round(size[0]), Math.round(size[1])];
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    if (!image.naturalWidth || !image.naturalHeight) throw new Error('The image has no size.');
    return [image.naturalWidth, image.naturalHeight];
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The default store for an uploaded plan: a `blob:` URL, valid in this browser tab only. */
export const localPlanUrl = (file: File): Promise<string> => Promise.resolve(URL.createObjectURL(file));
