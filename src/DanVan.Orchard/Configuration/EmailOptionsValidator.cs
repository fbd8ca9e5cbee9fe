using DanVan.Orchard.Email;

namespace DanVan.Orchard.Configuration;

/// <summary>Nothing to range-check yet (a switch); bound through the validator so a value that is not a boolean stops the start.</summary>
public sealed class EmailOptionsValidator : ConfigurationValidator<EmailOptions>
{
    public override string Section => EmailOptions.SectionName;

    protected override void Check(EmailOptions options, ConfigurationChecks checks)
    {
    }
}
