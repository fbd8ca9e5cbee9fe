namespace DanVan.Orchard.Tenancy;

/// <summary>A tenant request that cannot be honoured (bad name, taken prefix, wrong state…); <see cref="Error"/> says why.</summary>
public sealed class TenantValidationException : Exception
{
    public TenantValidationException(TenantError error)
        : base(error.Message)
    {
        Error = error;
    }

    /// <summary>A refusal of a value that is not well-formed (<see cref="TenantErrorCode.Invalid"/>).</summary>
    public TenantValidationException(string field, string message)
        : this(new TenantError(field, TenantErrorCode.Invalid, message))
    {
    }

    public TenantError Error { get; }

    public string Field => Error.Field;

    public TenantErrorCode Code => Error.Code;
}
