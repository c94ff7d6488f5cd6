using QRCoder;

namespace ElectionTool.Areas.Identity.Pages;

/// <summary>The authenticator set-up QR code as an inline PNG, drawn on the server.</summary>
public static class AuthenticatorQr
{
    public static string DataUri(string otpauthUri)
    {
        if (string.IsNullOrEmpty(otpauthUri))
        {
            return "";
        }
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
