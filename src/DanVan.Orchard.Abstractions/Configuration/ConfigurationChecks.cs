namespace DanVan.Orchard.Configuration;

/// <summary>
/// Collects what is wrong with an options section, one message per bad key, each naming the full key
/// (<c>DanVan:RateLimits:SignIn:PermitLimit must be at least 1 (it is 0).</c>) so a start-up failure says what to fix.
/// </summary>
public sealed class ConfigurationChecks(string section)
{
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    /// <summary>The full key of <paramref name="key"/> in this section.</summary>
    public string Key(string key) => $"{section}:{key}";

    public ConfigurationChecks That(bool valid, string key, string requirement, object? value)
    {
        if (!valid)
        {
            _failures.Add($"{Key(key)} {requirement} (it is '{value}').");
        }

        return this;
    }

    public ConfigurationChecks AtLeast(long value, long minimum, string key) =>
        That(value >= minimum, key, $"must be at least {minimum}", value);

    public ConfigurationChecks Positive(TimeSpan value, string key) =>
        That(value > TimeSpan.Zero, key, "must be a positive time span, e.g. 00:01:00 for a minute", value);

    public ConfigurationChecks NotNegative(TimeSpan value, string key) =>
        That(value >= TimeSpan.Zero, key, "must not be negative", value);

    public ConfigurationChecks NotBlank(string? value, string key) =>
        That(!string.IsNullOrWhiteSpace(value), key, "must not be empty", value);
}
