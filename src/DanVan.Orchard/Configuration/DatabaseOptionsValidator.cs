using DanVan.Orchard.Data;

namespace DanVan.Orchard.Configuration;

public sealed class DatabaseOptionsValidator : ConfigurationValidator<DatabaseOptions>
{
    public override string Section => DatabaseOptions.SectionName;

    protected override void Check(DatabaseOptions options, ConfigurationChecks checks) => checks
        .That(options.UsesPostgres || string.Equals(options.Provider, SqliteDatabaseProvider.ProviderName, StringComparison.OrdinalIgnoreCase),
            nameof(options.Provider), "must be Sqlite or Postgres", options.Provider)
        .That(!options.UsesPostgres || !string.IsNullOrWhiteSpace(options.ConnectionString),
            nameof(options.ConnectionString), "is required when the provider is Postgres", options.ConnectionString)
        .AtLeast(options.MaxPoolSize, 1, nameof(options.MaxPoolSize));
}
