import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/**
 * The QR encoder itself (lean-qr), in a chunk of its own: it is loaded the
 * first time a QR code is shown (see `loadQrEncoder` in qr.ts), not with the
 * first paint. Throws when `value` is too long to encode.
 */
export function encode(value: string): { size: number; path: string } {
  // M (15 %) survives a scratched or glare-struck kiosk screen better than L, and still fits long URLs.
  const code = generate(value, { minCorrectionLevel: correction.M });
  return { size: code.size, path: toSvgPath(code) };
}
