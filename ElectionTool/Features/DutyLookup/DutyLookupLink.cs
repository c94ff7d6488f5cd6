using QRCoder;

namespace ElectionTool.Features.DutyLookup;

/// <summary>The look-up address printed on every appointment order, and its QR code (a data: URL, nothing fetched).</summary>
public static class DutyLookupLink
{
    public static string Url(string signInAddress) => (string.IsNullOrWhiteSpace(signInAddress) ? "" : signInAddress.TrimEnd('/')) + DutySession.Path;

    public static string QrDataUrl(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
    }
}
