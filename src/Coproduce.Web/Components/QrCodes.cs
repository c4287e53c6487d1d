using QRCoder;

namespace Coproduce.Web.Components;

/// <summary>QR codes drawn on the server as images in the page itself: no script, nothing fetched from elsewhere.</summary>
internal static class QrCodes
{
    /// <summary>A PNG data URI of <paramref name="text"/>, <paramref name="pixelsPerModule"/> pixels to each square.</summary>
    public static string DataUri(string text, int pixelsPerModule = 5)
    {
        using var generator = new QRCodeGenerator();
        // Level Q survives a quarter of the code being creased or smudged, as printed notes and cards are.
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(pixelsPerModule));
    }
}
