using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Configuration;

public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the validator's section and checks it when the host starts, so a bad
    /// value stops the site at once with a message naming the key instead of failing (or being ignored) later.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration)
        where TOptions : class
        where TValidator : ConfigurationValidator<TOptions>, new()
    {
        var validator = new TValidator();
        services.AddSingleton<IValidateOptions<TOptions>>(validator);
        return services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(validator.Section))
            .ValidateOnStart();
    }

    /// <summary>The configuration failures in <paramref name="exception"/> (one or several options classes), or null when it is something else.</summary>
    public static IReadOnlyList<string>? ConfigurationFailures(this Exception exception) => exception switch
    {
        OptionsValidationException e => e.Failures.ToList(),
        AggregateException e when e.InnerExceptions.All(i => i is OptionsValidationException) =>
            e.InnerExceptions.SelectMany(i => ((OptionsValidationException)i).Failures).ToList(),
        _ => null,
    };
}
