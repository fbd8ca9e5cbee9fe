using System.Globalization;

namespace DanVan.Bench;

/// <summary>"--name value" options of the soak modes; a bad or missing value stops the run with a clear message.</summary>
public static class SoakArgs
{
    public static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static string Required(string[] args, string name) =>
        Text(args, name) ?? throw new ArgumentException($"{name} is required");

    public static int Int(string[] args, string name, int fallback) => Text(args, name) is not { } text
        ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} must be a positive integer (got '{text}')");

    /// <summary>"600", "600s", "10m" or "1h", as wrk and soak.sh write durations.</summary>
    public static TimeSpan Duration(string[] args, string name, TimeSpan fallback)
    {
        if (Text(args, name) is not { } text)
        {
            return fallback;
        }

        var unit = char.IsAsciiLetter(text[^1]) ? text[^1] : 's';
        var digits = char.IsAsciiLetter(text[^1]) ? text[..^1] : text;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0 || unit is not ('s' or 'm' or 'h'))
        {
            throw new ArgumentException($"{name} must look like 600, 600s, 10m or 1h (got '{text}')");
        }

        return unit switch
        {
            'h' => TimeSpan.FromHours(value),
            'm' => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }
}
