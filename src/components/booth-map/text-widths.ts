/**
 * Text widths in the map's real font, measured on a canvas (no layout): the
 * booth labels and the place names are placed with them, so a layout of the
 * map never reads the page's layout.
 */

let measure2d: CanvasRenderingContext2D | null | undefined;
let measureFont = '';

/**
 * Widths of words in one font, kept until the font changes (another text
 * size, or a language's font).
 */
export class TextWidths {
  private key = '';
  private size = 16;
  private family = '';
  private cache = new Map<string, number>();

  /** Reads the font of `element` (a pane of the map); returns its size in px. */
  sync(element: HTMLElement): number {
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize) || 16;
    const key = `${size}|${style.fontFamily}`;
    if (key !== this.key) {
      this.key = key;
      this.size = size;
      this.family = style.fontFamily;
      this.cache.clear();
    }
    return size;
  }

  /** The width of `text` at `weight` in px, in the font last synced. */
  width(text: string, weight: number): number {
    const id = `${weight}|${text}`;
    let width = this.cache.get(id);
    if (width !== undefined) return width;
    measure2d ??= document.createElement('canvas').getContext('2d');
    const font = `${weight} ${this.size}px ${this.family}`;
    if (measure2d && measureFont !== font) {
      measure2d.font = font;
      measureFont = font;
    }
    // Without a canvas (never in a browser), a generous estimate: 0.62em a character.
    width = measure2d ? measure2d.measureText(text).width : text.length * this.size * 0.62;
    this.cache.set(id, width);
    return width;
  }
}
