import QRCode from "qrcode";

interface GuideQrProps {
  /** Absolute URL of the phone page; null when the request's origin is unknown (no code is drawn). */
  url: string | null;
  caption?: string;
  /** Tailwind size classes for the code's square. */
  sizeClassName?: string;
  /** Caption classes (the print views use their own type sizes). */
  captionClassName?: string;
}

/**
 * A QR code drawn on the server as SVG (the kiosk has no network for an image service). The SVG is
 * the qrcode library's own output from a URL we built, so injecting it is safe.
 */
export async function GuideQr({ url, caption = "手机扫码，把办事指南带回家", sizeClassName = "h-56 w-56", captionClassName = "text-xl font-bold text-ink" }: GuideQrProps) {
  if (!url) return null;
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <figure className="flex flex-col items-center gap-3 text-center">
      <div
        role="img"
        aria-label="本办事指南手机版的二维码"
        className={`bg-white [&>svg]:h-full [&>svg]:w-full ${sizeClassName}`}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className={captionClassName}>{caption}</figcaption>
    </figure>
  );
}
