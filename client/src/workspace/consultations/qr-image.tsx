import { useEffect, useState } from 'react';

/**
 * The QR code the poster prints for this link (same library, same options and ?ch=qr, so a
 * scan records the phone channel). The library loads only when a consultation page shows.
 */
export function QrImage({ slug, label }: { slug: string; label: string }) {
  const [svg, setSvg] = useState('');
  const link = `${window.location.origin}/c/${slug}?${new URLSearchParams({ ch: 'qr' })}`;
  useEffect(() => {
    let cancelled = false;
    void import('qrcode')
      .then(({ toString }) => toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((drawn) => { if (!cancelled) setSvg(drawn); });
    return () => { cancelled = true; };
  }, [link]);
  return <div className="qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
