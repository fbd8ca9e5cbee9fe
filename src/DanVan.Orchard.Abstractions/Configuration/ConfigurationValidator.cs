using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Configuration;

/// <summary>Validates an options class bound from <see cref="Section"/>; failures name the configuration keys.</summary>
public abstract class ConfigurationValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    /// <summary>The section the options are bound from, e.g. <c>DanVan:Media</c>.</summary>
    public abstract string Section { get; }

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var checks = new ConfigurationChecks(Section);
        Check(options, checks);
        return checks.Failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(checks.Failures);
    }

    protected abstract void Check(TOptions options, ConfigurationChecks checks);
}
