import QRCode from "qrcode";

/**
 * A QR code of the join address, drawn on the server as inline SVG (no script, no image request):
 * a phone's camera opens the join page with the class code already typed. Medium error correction
 * survives a projector's blur; the quiet zone keeps it readable on a dark slide.
 */
export async function JoinQrCode({ url, label }: Readonly<{ url: string; label: string }>) {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return (
    <figure className="shrink-0">
      <div
        role="img"
        aria-label={label}
        className="h-56 w-56 bg-white sm:h-72 sm:w-72 [&>svg]:h-full [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="mt-2 max-w-72 text-sm break-all text-muted">{url}</figcaption>
    </figure>
  );
}
