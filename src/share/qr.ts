// A QR code of a share link, as a data: URL (the page's CSP allows img data:).
import QRCode from 'qrcode';

/** About 2,300 characters is the most a scannable (version 40, level L) code holds for a URL. */
export const MAX_QR_CHARS = 2300;

export async function qrDataUrl(text: string): Promise<{ ok: true; url: string } | { ok: false; reason: 'too-long' | 'failed' }> {
  if (text.length > MAX_QR_CHARS) return { ok: false, reason: 'too-long' };
  try {
    return { ok: true, url: await QRCode.toDataURL(text, { errorCorrectionLevel: 'L', margin: 2, scale: 6, color: { dark: '#000000', light: '#ffffff' } }) };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
