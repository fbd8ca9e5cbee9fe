using DanVan.Orchard.Configuration;
using StackExchange.Redis;

namespace DanVan.Orchard.ScaleOut;

public sealed class RedisOptionsValidator : ConfigurationValidator<RedisOptions>
{
    public override string Section => RedisOptions.SectionName;

    protected override void Check(RedisOptions options, ConfigurationChecks checks)
    {
        checks
            .Positive(options.LockExpiry, nameof(options.LockExpiry))
            .NotNegative(options.MigrationLockWait, nameof(options.MigrationLockWait))
            .NotBlank(options.KeyPrefix, nameof(options.KeyPrefix));
        if (options.IsConfigured)
        {
            checks.That(Parses(options.Configuration!), nameof(options.Configuration), "must be a StackExchange.Redis configuration string", "…");
        }
    }

    private static bool Parses(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
