"use client";

import QRCode from "qrcode";
import { useEffect, useState } from "react";

/**
 * "Take it with you" on a guide rendered from the local store: the QR code to the phone page,
 * drawn in the browser (a resident's phone has its own network). Printing needs the server, so
 * offline the box says so instead of offering buttons that cannot work.
 */
export function OfflineGuideTakeAway({ guideId }: { guideId: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(`${window.location.origin}/m/guides/${guideId}`, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
      .then((code) => !cancelled && setSvg(code))
      .catch((err: unknown) => console.error("guide QR code failed", err));
    return () => {
      cancelled = true;
    };
  }, [guideId]);
  return (
    <aside aria-labelledby="take-away-heading" className="space-y-4 rounded-2xl border-2 border-brand-100 bg-white px-6 py-5 shadow-sm">
      <h2 id="take-away-heading" className="text-2xl font-bold text-ink">
        带走办事指南
      </h2>
      {svg && (
        <figure className="flex flex-col items-center gap-3 text-center">
          {/* The qrcode library's own SVG for a URL we built: safe to inject. */}
          <div role="img" aria-label="本办事指南手机版的二维码" className="h-56 w-56 bg-white [&>svg]:h-full [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: svg }} />
          <figcaption className="text-xl font-bold text-ink">手机扫码，把办事指南带回家</figcaption>
        </figure>
      )}
      <p className="text-xl text-muted">本机网络恢复后，可在这里打印材料清单。</p>
    </aside>
  );
}
