namespace DanVan.Contents.Fields.Link;

/// <summary>
/// The addresses a link may have: http(s), mailto: and tel: ones, and addresses inside the site (<c>/tin-tuc/…</c>,
/// <c>tin-tuc/…</c>, <c>#muc-2</c>). Anything else (javascript:, data:, //other-host) would run script or leave the
/// site unannounced.
/// </summary>
public static class LinkUrl
{
    public const int MaxLength = 2000;

    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    /// <summary>Why <paramref name="url"/> cannot be a link's address (Vietnamese), or null.</summary>
    public static string? Check(string url)
    {
        if (url.Length > MaxLength)
        {
            return $"địa chỉ tối đa {MaxLength} ký tự.";
        }

        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\\' or '"' or '<' or '>'))
        {
            return "địa chỉ không được chứa khoảng trắng hoặc các ký tự \\ \" < >.";
        }

        var end = url.IndexOfAny(['/', '?', '#']);
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && (end < 0 || colon < end))
        {
            var scheme = url[..colon].ToLowerInvariant();
            if (!Schemes.Contains(scheme))
            {
                return "chỉ chấp nhận địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn trong trang.";
            }

            return scheme.StartsWith("http", StringComparison.Ordinal) &&
                   !(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Host.Length > 0)
                ? "địa chỉ web không hợp lệ."
                : null;
        }

        return url.StartsWith("//", StringComparison.Ordinal) ? "địa chỉ phải bắt đầu bằng http:// hoặc https://." : null;
    }
}
