// A QR code of a share link, as a data: URL (the page's CSP allows img data:).
import QRCode from 'qrcode';

/** About 2,300 characters is the most a scannable (version 40, level L) code holds for a URL. */
export const MAX_QR_CHARS = 2300;

/** Pixels per module and modules of quiet zone in the image (a test reads the code's size back from them). */
export const QR_SCALE = 6;
export const QR_MARGIN = 2;

/**
 * Error correction: M (15% of the code may be unreadable: glare, a keystone
 * projector, a shaky phone) while a short link keeps the code coarse; L for
 * the long whole-file links, which would otherwise not fit at all.
 */
export function qrLevel(text: string): 'M' | 'L' {
  return text.length <= 600 ? 'M' : 'L';
}

export async function qrDataUrl(text: string): Promise<{ ok: true; url: string } | { ok: false; reason: 'too-long' | 'failed' }> {
  if (text.length > MAX_QR_CHARS) return { ok: false, reason: 'too-long' };
  try {
    return { ok: true, url: await QRCode.toDataURL(text, { errorCorrectionLevel: qrLevel(text), margin: QR_MARGIN, scale: QR_SCALE, color: { dark: '#000000', light: '#ffffff' } }) };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
