using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Security;

/// <summary>
/// Telling a person from a script on a tenant's account forms (a captcha). A module implements it for its feature
/// (the Feedback module: its offline code or Google reCAPTCHA, by the tenant's settings); callers take the tenant's
/// through <see cref="HumanVerificationGate"/>, which gives <see cref="NoHumanVerification"/> (nothing asked, every
/// post passes) in a tenant without one. What is counted (failed sign-ins) is kept in the tenant's database, so every
/// node sharing it asks alike.
/// </summary>
public interface IHumanVerification
{
    /// <summary>
    /// The view component drawing the check inside a form, invoked with a <see cref="HumanVerificationContext"/>
    /// (argument <c>context</c>); null when nothing is drawn.
    /// </summary>
    Type? ViewComponent { get; }

    /// <summary>Whether a post of this form must carry the check now (for this client, and the typed user name if any).</summary>
    Task<bool> IsRequiredAsync(HumanCheckPurpose purpose, HttpContext context, string? userName, CancellationToken cancellationToken);

    /// <summary>Whether the posted form passed the check. An answer is good once; a wrong one is used up as well.</summary>
    Task<bool> VerifyAsync(HttpContext context, CancellationToken cancellationToken);

    /// <summary>
    /// A password check's outcome: a failure counts toward asking (for the typed name and the client's address, for a
    /// while, whether or not the account exists); a success clears the name's count.
    /// </summary>
    Task RecordSignInAsync(HttpContext context, string userName, bool succeeded, CancellationToken cancellationToken);
}
