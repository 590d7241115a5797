/** A QR code of `text` as an image URL, or null until it is drawn (or if drawing it failed). */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export function useQrCode(text: string, width: number): string | null {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // A missing QR code only costs the shortcut; the link and the code are shown anyway.
    QRCode.toDataURL(text, { margin: 1, width }).then(
      (url) => current && setQr(url),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [text, width]);
  return qr;
}
